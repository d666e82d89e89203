// Cloud functions entry: registers the functions-framework targets. Registration only; no work at import time.
export {};
