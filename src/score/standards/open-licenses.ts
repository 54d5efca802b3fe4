// Which SPDX ids are open, and for what. The list lives beside the license checks (src/checks/licenses.ts) so
// that the license-open check and the MOF estimate judge openness the same way; this module is the standards'
// view of it.
export {
  OPEN_CODE_LICENSES,
  OPEN_DATA_LICENSES,
  OPEN_WEIGHTS_LICENSES,
  canonicalLicense,
  isOpenCodeLicense,
  isOpenDataLicense,
  isOpenWeightsLicense,
} from '../../checks/licenses.ts';
