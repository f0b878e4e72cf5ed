namespace Pilotis.Domain.Attribution;

/// <summary>L'issue d'un vote de la commission : adoptée ou non, et si la voix prépondérante a tranché.</summary>
public sealed record IssueVote(bool Adoptee, bool VoixPreponderanteUtilisee, string Explication);
