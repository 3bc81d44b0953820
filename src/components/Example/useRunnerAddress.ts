import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {RunnerAddress} from './sandbox';

/** Where this deployment's runner page is (see README: RUNNER_ORIGIN). */
export function useRunnerAddress(): RunnerAddress {
  // The dev server serves static files by their exact name only (no clean URLs).
  const path = useBaseUrl(process.env.NODE_ENV === 'development' ? '/runner.html' : '/runner');
  const {siteConfig} = useDocusaurusContext();
  const secondOrigin = siteConfig.customFields?.runnerOrigin;
  return {path, secondOrigin: typeof secondOrigin === 'string' && secondOrigin ? secondOrigin : undefined};
}
