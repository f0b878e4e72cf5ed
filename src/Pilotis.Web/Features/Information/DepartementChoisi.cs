using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Le département d'une page de la feuille de route : celui demandé s'il existe et que l'acteur peut le lire pour la
/// ressource donnée, sinon celui de l'acteur. Rend null quand l'acteur ne peut lire aucun des deux.
/// </summary>
public static class DepartementChoisi
{
    public static async Task<(string Code, string Nom, bool Refuse)?> LireAsync(
        PilotisDbContext db,
        Acteur acteur,
        Ressource ressource,
        Acte acte,
        string? demande,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(acteur);
        var code = string.IsNullOrWhiteSpace(demande) ? acteur.DepartementCode : demande.Trim().ToUpperInvariant();
        var dep = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
        var refuse = false;
        if (dep is null)
        {
            refuse = true;
            code = acteur.DepartementCode;
            dep = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);
        }
        if (
            dep is null
            || !Habilitations.Autorise(
                acteur,
                ressource,
                acte,
                new Cible(null, new Localisation(null, null, dep.Code, dep.RegionCode))
            )
        )
            return null;
        return (dep.Code, dep.Nom, refuse);
    }
}
