namespace Pilotis.Domain.Financement;

/// <summary>
/// Une requête analysée, comme sur aides-territoires : les virgules séparent des groupes (OU), les espaces des clauses
/// (ET) dans un groupe. Sans groupe, la requête trouve toutes les aides.
/// </summary>
public sealed record RequeteAides(IReadOnlyList<IReadOnlyList<ClauseRecherche>> Groupes)
{
    public bool Vide => Groupes.Count == 0;
}
