using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Requêtes de l'attribution partagées par plusieurs pages (logements visibles selon les droits, candidats d'un
/// logement) et par les bancs d'essai.
/// </summary>
public static class RequetesAttribution
{
    /// <summary>
    /// Les logements du répertoire que la table des habilitations ouvre à l'acteur pour un acte : ceux de son
    /// organisation (bailleur) et ceux des communes de sa portée (périmètre, département, région).
    /// </summary>
    public static IQueryable<Logement> LogementsVisibles(PilotisDbContext db, Acteur acteur, Acte acte)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(acteur);
        var id = acteur.OrganisationId;
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Logements, acte);
        var communes = CommunesDeLaPortee(db, acteur, portee);
        var logements = db.Logements.AsNoTracking();
        return portee switch
        {
            Portee.Aucune => logements.Where(l => false),
            Portee.Organisation => logements.Where(l => l.BailleurId == id),
            _ => logements.Where(l => l.BailleurId == id || communes.Contains(l.CommuneCode)),
        };
    }

    private static IQueryable<string> CommunesDeLaPortee(PilotisDbContext db, Acteur acteur, Portee portee)
    {
        var communes = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle);
        var code = acteur.Perimetre.Code;
        var departement = acteur.DepartementCode;
        var region = acteur.RegionCode;
        communes = portee switch
        {
            Portee.Perimetre => acteur.Perimetre.Niveau switch
            {
                NiveauPerimetre.National => communes,
                NiveauPerimetre.Region => communes.Where(c => c.RegionCode == code),
                NiveauPerimetre.Departement => communes.Where(c => c.DepartementCode == code),
                NiveauPerimetre.Epci => communes.Where(c => c.EpciSiren == code),
                NiveauPerimetre.Commune => communes.Where(c => c.Code == code),
                _ => communes.Where(c => false),
            },
            Portee.Departement => communes.Where(c => c.DepartementCode == departement),
            Portee.Region => communes.Where(c => c.RegionCode == region),
            _ => communes.Where(c => false),
        };
        return communes.Select(c => c.Code);
    }

    /// <summary>La cible d'un logement pour la table des habilitations : son bailleur et sa commune.</summary>
    public static async Task<Cible> CibleAsync(PilotisDbContext db, Logement logement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logement);
        var commune = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == logement.CommuneCode && c.Type == TypeCommune.Actuelle)
            .Select(c => new
            {
                c.EpciSiren,
                c.DepartementCode,
                c.RegionCode,
            })
            .FirstOrDefaultAsync(ct);
        return new Cible(
            logement.BailleurId,
            new Localisation(logement.CommuneCode, commune?.EpciSiren, commune?.DepartementCode, commune?.RegionCode)
        );
    }

    /// <summary>
    /// Les demandes candidates à un logement, dans l'ordre de la cotation (CCH L441-2-8) : actives, souhaitant la
    /// commune et la typologie, éligibles aux plafonds du financement du logement, de taille compatible avec le
    /// logement (<see cref="PeuplementLogement"/>). Le seuil du premier quartile est celui de l'EPCI du logement.
    /// </summary>
    public static async Task<IReadOnlyList<CandidatMarque>> CandidatsAsync(
        PilotisDbContext db,
        Logement logement,
        int annee,
        int limite,
        CancellationToken ct = default
    ) => await CandidatsAsync(db, logement, annee, limite, null, ct);

    /// <summary>Les candidats, restreints aux demandes choisies d'une désignation quand elles sont données.</summary>
    public static async Task<IReadOnlyList<CandidatMarque>> CandidatsAsync(
        PilotisDbContext db,
        Logement logement,
        int annee,
        int limite,
        IReadOnlyCollection<long>? restreindreA,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logement);
        var minimum = PeuplementLogement.PersonnesMinimum(logement.Typologie);
        var maximum = PeuplementLogement.PersonnesMaximum(logement.Surface);
        var classes = await RequetesDemande.ClasserPourLogementAsync(
            db,
            logement.CommuneCode,
            CorrespondancesLogement.Typologie(logement.Typologie),
            CorrespondancesLogement.Produit(logement.Financement),
            limite,
            Taille(minimum, maximum, restreindreA),
            ct
        );
        var seuil = await SeuilDuLogementAsync(db, logement.CommuneCode, annee, ct);
        return classes
            .Select(c => new CandidatMarque(
                c,
                c.Dalo,
                c.Prioritaire,
                QuotasAttribution.PremierQuartile(c.RessourcesParUc, seuil)
            ))
            .ToList();
    }

    private static Expression<Func<DemandeLogement, bool>> Taille(
        int minimum,
        int maximum,
        IReadOnlyCollection<long>? restreindreA
    )
    {
        if (restreindreA is null)
            return d => d.NombrePersonnes >= minimum && d.NombrePersonnes <= maximum;
        var ids = restreindreA.ToList();
        return d => d.NombrePersonnes >= minimum && d.NombrePersonnes <= maximum && ids.Contains(d.Id);
    }

    /// <summary>Seuil du premier quartile de l'EPCI de la commune pour l'année (null hors EPCI ou sans
    /// donnée).</summary>
    public static async Task<decimal?> SeuilDuLogementAsync(
        PilotisDbContext db,
        string communeCode,
        int annee,
        CancellationToken ct
    )
    {
        var epci = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == communeCode && c.Type == TypeCommune.Actuelle)
            .Select(c => c.EpciSiren)
            .FirstOrDefaultAsync(ct);
        if (epci is null)
            return null;
        return (await RequetesDemande.SeuilQuartileAsync(db, epci, annee, ct)).Valeur;
    }
}
