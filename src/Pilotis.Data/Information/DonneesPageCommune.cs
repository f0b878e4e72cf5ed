using Pilotis.Domain.Information;

namespace Pilotis.Data.Information;

/// <summary>
/// La page publique d'une commune assemblée depuis les modules (seed 001, solution 8) : servie telle quelle par
/// GET /api/v1/communes/{code}/page et par la page /communes/{code}. Un bloc masqué par la commune vaut null
/// (<see cref="Filtree"/>) ; <see cref="Blocs"/> nomme ceux qui restent.
/// </summary>
public sealed record DonneesPageCommune(
    string Code,
    string Nom,
    string DepartementCode,
    string? EpciSiren,
    string? EpciNom,
    bool Publiee,
    string? Texte,
    IReadOnlyList<string> Blocs,
    BlocDeposer? Deposer,
    BlocEligibilite? Eligibilite,
    BlocCotation? Cotation,
    BlocParc? Parc,
    IReadOnlyList<OperationCommune>? Operations,
    BlocSru? Sru,
    IReadOnlyList<ContactPublic>? Contacts
)
{
    /// <summary>Les blocs masqués par la commune retirés (null) et la liste des blocs affichés.</summary>
    public DonneesPageCommune Filtree(BlocPageCommune masques) =>
        this with
        {
            Blocs = BlocsPageCommune
                .Tous.Where(b => BlocsPageCommune.Affiche(masques, b))
                .Select(b => char.ToLowerInvariant(b.ToString()[0]) + b.ToString()[1..])
                .ToList(),
            Deposer = BlocsPageCommune.Affiche(masques, BlocPageCommune.Deposer) ? Deposer : null,
            Eligibilite = BlocsPageCommune.Affiche(masques, BlocPageCommune.Eligibilite) ? Eligibilite : null,
            Cotation = BlocsPageCommune.Affiche(masques, BlocPageCommune.Cotation) ? Cotation : null,
            Parc = BlocsPageCommune.Affiche(masques, BlocPageCommune.Parc) ? Parc : null,
            Operations = BlocsPageCommune.Affiche(masques, BlocPageCommune.Operations) ? Operations : null,
            Sru = BlocsPageCommune.Affiche(masques, BlocPageCommune.Sru) ? Sru : null,
            Contacts = BlocsPageCommune.Affiche(masques, BlocPageCommune.Contacts) ? Contacts : null,
        };
}
