/** The dossier module's public face: render a document, bundle it with the originals, verify a bundle. */
export { renderDossier } from './renderDossier.ts';
export { writeBundle, BundleObjectMismatchError } from './bundle/bundleWriter.ts';
export {
  verifyBundle,
  type VerifyReport,
  type VerifyProblem,
  type ProblemKind,
} from './bundle/verifyBundle.ts';
export { DEFAULT_VERIFY_LIMITS, type VerifyLimits } from './bundle/verifyLimits.ts';
export { planExhibits, type Exhibit } from './exhibitPlan.ts';
export {
  DOC_KINDS,
  isDocKind,
  type DocKind,
  type RenderDossierInput,
  type RenderDossierResult,
  type WriteBundleInput,
  type WriteBundleResult,
  type DossierProgress,
} from './types.ts';
