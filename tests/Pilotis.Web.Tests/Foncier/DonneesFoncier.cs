using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;

namespace Pilotis.Web.Tests.Foncier;

/// <summary>Sites et outils de test insérés en base, chacun avec un identifiant unique.</summary>
public static class DonneesFoncier
{
    public const string NimesMetropole = "243000643";
    public const string AlesAgglo = "200066918";

    public static string Unique(string prefixe) => $"{prefixe}-{Guid.NewGuid().ToString("N")[..10]}";

    public static async Task<SiteFoncier> CreerSiteAsync(
        this PilotisFactory app,
        string epci = NimesMetropole,
        Action<SiteFoncier>? ajuster = null
    )
    {
        var (commune, siren, region) = await app.CommuneAsync("30", epci);
        var site = new SiteFoncier
        {
            Identifiant = Unique("T"),
            Nom = Unique("Site de test"),
            CommuneCode = commune,
            EpciSiren = siren,
            DepartementCode = "30",
            RegionCode = region,
            Parcelles = $"{commune}000AB0012",
            SurfaceM2 = 5_000,
            Zone = ZonePlu.U,
            Proprietaire = TypeProprietaire.Public,
            Statut = StatutSite.Identifie,
            DateStatut = new DateOnly(2026, 1, 1),
            Longitude = 4.36m,
            Latitude = 43.83m,
        };
        ajuster?.Invoke(site);
        await app.ExecuterAsync(async db =>
        {
            db.SitesFonciers.Add(site);
            await db.SaveChangesAsync();
        });
        return site;
    }

    public static async Task<int> BailleurDemoAsync(this PilotisFactory app) =>
        await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Demonstration && o.Type == TypeOrganisation.Bailleur)
                .Select(o => o.Id)
                .FirstAsync()
        );

    public static async Task<int> EpfDemoAsync(this PilotisFactory app) =>
        await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Demonstration && o.Type == TypeOrganisation.OperateurFoncier)
                .Select(o => o.Id)
                .FirstAsync()
        );
}
