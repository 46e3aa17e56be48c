#!/usr/bin/env bash
# The supply-chain checks CI runs before the tests:
#   1. a CycloneDX SBOM of what the app ships (every NuGet package the web app's build pulls in, transitive ones too),
#      written to artifacts/sbom/vetrina.cdx.json;
#   2. NuGet packages with known vulnerabilities (any severity, transitive too): found ones fail the run;
#   3. npm packages with known vulnerabilities in tools/validate (the OpenAPI linter the tests run): the same.
# A package source that publishes no vulnerability data cannot be checked: the script says so loudly and goes on,
# rather than report "0 vulnerable" it never looked for. Restore itself also audits (NuGetAudit in
# Directory.Build.props): with warnings as errors, a vulnerable package stops the build wherever the data exists.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts/sbom
status=0

dotnet tool restore >/dev/null
dotnet restore src/Vetrina.Web/Vetrina.Web.csproj >/dev/null
dotnet CycloneDX src/Vetrina.Web/Vetrina.Web.csproj -o artifacts/sbom -fn vetrina.cdx.json -F Json >/dev/null
echo "SBOM: artifacts/sbom/vetrina.cdx.json ($(grep -o '"bom-ref"' artifacts/sbom/vetrina.cdx.json | wc -l) components)"

# NuGet's vulnerability data is a resource of a source's service index; a source without it answers "none" to every package.
with_data=0
while read -r source; do
  if curl -fsS --max-time 20 "$source" 2>/dev/null | grep -q '"VulnerabilityInfo/'; then with_data=1; fi
done < <(dotnet nuget list source --format short | awk '$1 ~ /^E/ { print $2 }')
if [ "$with_data" -eq 1 ]; then
  report="$(dotnet list Vetrina.slnx package --vulnerable --include-transitive)"
  if grep -q "has the following vulnerable packages" <<<"$report"; then
    echo "$report"
    echo "NuGet: vulnerable packages found (above): update them or pin a fixed version in Directory.Packages.props" >&2
    status=1
  else
    echo "NuGet: checked, no known vulnerable package"
  fi
else
  echo "NuGet: NOT CHECKED - no package source here publishes vulnerability data (a nuget.org source does)" >&2
fi

if ( cd tools/validate && npm ci --silent --no-audit --no-fund >/dev/null 2>&1 && npm audit --audit-level=low >/tmp/npm-audit.$$ 2>&1 ); then
  echo "npm: checked, no known vulnerable package"
elif grep -q "audit endpoint returned an error\|405 Method Not Allowed" /tmp/npm-audit.$$ 2>/dev/null; then
  echo "npm: NOT CHECKED - the npm registry here does not answer audits (registry.npmjs.org does)" >&2
else
  cat /tmp/npm-audit.$$ 2>/dev/null || true
  echo "npm: vulnerable packages found (above) in tools/validate: npm audit fix, or update package.json" >&2
  status=1
fi
rm -f /tmp/npm-audit.$$
exit "$status"
