/* SpreadsheetApp.newDataValidation(): the builder basics (value lists, dates, numbers, allow-invalid, help text). */

export interface FakeDataValidation {
  criteriaType: string;
  criteriaValues: unknown[];
  allowInvalid: boolean;
  helpText: string;
  getCriteriaType(): string;
  getCriteriaValues(): unknown[];
  getAllowInvalid(): boolean;
  getHelpText(): string;
}

export const DataValidationCriteria = {
  VALUE_IN_LIST: 'VALUE_IN_LIST', DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
} as const;

export function newDataValidation() {
  const state = { criteriaType: '', criteriaValues: [] as unknown[], allowInvalid: true, helpText: '' };
  const builder = {
    requireValueInList(values: string[], showDropdown = true) { state.criteriaType = DataValidationCriteria.VALUE_IN_LIST; state.criteriaValues = [[...values], showDropdown]; return builder; },
    requireDate() { state.criteriaType = DataValidationCriteria.DATE_IS_VALID_DATE; state.criteriaValues = []; return builder; },
    requireNumberGreaterThanOrEqualTo(n: number) { state.criteriaType = DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO; state.criteriaValues = [n]; return builder; },
    setAllowInvalid(allow: boolean) { state.allowInvalid = allow; return builder; },
    setHelpText(text: string) { state.helpText = text; return builder; },
    build(): FakeDataValidation {
      if (!state.criteriaType) throw new Error('You must specify a criteria for the data validation rule.');
      const rule = { ...state, criteriaValues: [...state.criteriaValues] };
      return {
        ...rule,
        getCriteriaType: () => rule.criteriaType,
        getCriteriaValues: () => [...rule.criteriaValues],
        getAllowInvalid: () => rule.allowInvalid,
        getHelpText: () => rule.helpText,
      };
    },
  };
  return builder;
}
