import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {RunnerAddress} from './sandbox';

/** Where this deployment's runner page is (see README: RUNNER_ORIGIN). */
export function useRunnerAddress(): RunnerAddress {
  const path = useBaseUrl('/runner');
  const {siteConfig} = useDocusaurusContext();
  const secondOrigin = siteConfig.customFields?.runnerOrigin;
  return {path, secondOrigin: typeof secondOrigin === 'string' && secondOrigin ? secondOrigin : undefined};
}
