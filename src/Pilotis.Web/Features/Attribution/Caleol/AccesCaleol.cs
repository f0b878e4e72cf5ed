using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>
/// Où vit une commission ou une séance, pour <see cref="Habilitations"/> : la commission appartient à son bailleur et
/// siège pour son territoire (EPCI ou département) ; une séance touche en plus les communes des logements inscrits.
/// Une commune voit donc les séances qui examinent un logement chez elle ; l'EPCI celles de sa commission ou de ses
/// communes ; la DDTM celles du département. Seul le bailleur modifie (portée Organisation).
/// </summary>
public static class AccesCaleol
{
    /// <summary>La cible de la commission : son bailleur, son territoire, le département et la région du bailleur.
    /// </summary>
    public static Cible Commission(CommissionCaleol commission, Organisation bailleur)
    {
        ArgumentNullException.ThrowIfNull(commission);
        ArgumentNullException.ThrowIfNull(bailleur);
        var epci = commission.TerritoireCode.Length == 9 ? commission.TerritoireCode : null;
        return new Cible(
            commission.BailleurId,
            new Localisation(null, epci, bailleur.DepartementCode, bailleur.RegionCode)
        );
    }

    /// <summary>Les cibles d'une séance : la commission, puis chaque commune des logements inscrits.</summary>
    public static async Task<List<Cible>> CiblesSeanceAsync(
        PilotisDbContext db,
        SeanceCaleol seance,
        CommissionCaleol commission,
        Organisation bailleur,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seance);
        var ids = seance.Inscriptions.Select(i => i.LogementAAttribuerId).ToList();
        var communes = await (
            from la in db.LogementsAAttribuer
            join l in db.Logements on la.LogementId equals l.Id
            join c in db.Communes on l.CommuneCode equals c.Code
            where ids.Contains(la.Id) && c.Type == TypeCommune.Actuelle
            select new Localisation(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode)
        )
            .Distinct()
            .ToListAsync(ct);
        return [Commission(commission, bailleur), .. communes.Select(c => new Cible(commission.BailleurId, c))];
    }

    public static bool PeutLire(Acteur? acteur, IEnumerable<Cible> cibles) =>
        acteur is not null && cibles.Any(c => Habilitations.Autorise(acteur, Ressource.Caleol, Acte.Lire, c));

    public static bool PeutModifier(Acteur? acteur, Cible commission) =>
        acteur is not null && Habilitations.Autorise(acteur, Ressource.Caleol, Acte.Modifier, commission);
}
