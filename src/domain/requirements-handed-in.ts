// What a request has handed in of its service's requirements, at the counter or online
// (src/domain/online-application.ts): the receipt lists the rest, to bring to the counter.

/**
 * The service's requirements a request has not handed in yet, in the standard's order: at the
 * counter, those the petugas did not tick; online, those neither stated in the form nor sent as a
 * document (what is brought to the counter when collecting the result).
 */
export function requirementsNotHandedIn(
  serviceRequirements: readonly string[],
  request: {
    channel: 'loket' | 'online';
    requirements_checked: readonly string[] | null;
    statements: Record<string, string> | null;
    document_requirements: Record<string, string> | null;
  },
): string[] {
  const handedIn = new Set(
    request.channel === 'online'
      ? [...Object.keys(request.statements ?? {}), ...Object.values(request.document_requirements ?? {})]
      : (request.requirements_checked ?? []),
  );
  return serviceRequirements.filter((requirement) => !handedIn.has(requirement));
}
