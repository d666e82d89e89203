export { DriveGardenFiles } from './garden-files';
