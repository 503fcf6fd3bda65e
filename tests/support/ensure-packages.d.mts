export interface TestPackage {
  name: string;
  needs: string;
}
export interface PackagePlan {
  action: 'none' | 'install' | 'stop';
  missing: string[];
  command?: string;
  message?: string;
}
export function readPackageList(text?: string): TestPackage[];
export function isPresent(needs: string, path?: string): boolean;
export function installCommand(names: string[]): string;
export function plan(
  packages: TestPackage[],
  options?: { present?: (needs: string) => boolean; isRoot?: boolean },
): PackagePlan;
