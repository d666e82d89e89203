/** Pure: which gardens need a plan-table spreadsheet, and what it is called. */
export { planProvisioning, planTableName, type GardenToProvision, type ProvisioningPlan } from './plan';
