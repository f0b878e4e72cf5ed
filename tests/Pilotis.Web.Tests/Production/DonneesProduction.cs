using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Opérations de test insérées directement en base (les pages de saisie des opérations sont une autre fonctionnalité).
/// </summary>
public static class DonneesProduction
{
    public static async Task<(string Code, string? Epci, string Region)> CommuneAsync(
        this PilotisFactory app,
        string departement,
        string? epci = null
    ) =>
        await app.ExecuterAsync(async db =>
        {
            var c = await db
                .Communes.AsNoTracking()
                .Where(c =>
                    c.DepartementCode == departement
                    && c.Type == TypeCommune.Actuelle
                    && c.EpciSiren != null
                    && (epci == null || c.EpciSiren == epci)
                )
                .OrderBy(c => c.Code)
                .FirstAsync();
            return (c.Code, c.EpciSiren, c.RegionCode);
        });

    /// <summary>
    /// Une opération neuve de 10 PLUS dont toutes les informations du dossier sont renseignées (seules les pièces
    /// manquent).
    /// </summary>
    public static async Task<Operation> CreerOperationTestAsync(
        this PilotisFactory app,
        int bailleurId,
        string departement,
        Action<Operation>? ajuster = null,
        string? epci = null
    )
    {
        var (commune, siren, region) = await app.CommuneAsync(departement, epci);
        var operation = new Operation
        {
            Numero = $"T-{Guid.NewGuid():N}"[..20],
            Nom = $"Résidence test {Guid.NewGuid().ToString("N")[..6]}",
            BailleurId = bailleurId,
            CommuneCode = commune,
            EpciSiren = siren,
            DepartementCode = departement,
            RegionCode = region,
            Nature = NatureOperation.Neuf,
            Adresse = "1 rue du Test",
            Statut = StatutOperation.ProgrammeeCompletudeInstructeur,
            DateDepot = new DateOnly(2026, 1, 5),
            ChargeFonciere = 200_000m,
            CoutBatiment = 1_000_000m,
            Honoraires = 100_000m,
            Vrd = 50_000m,
            FoncierMaitrise = true,
            Permis = EtatPermis.Obtenu,
            FinancementBoucle = true,
            Lots =
            [
                new Lot
                {
                    Produit = Produit.Plus,
                    NombreLogements = 10,
                    T2 = 5,
                    T3 = 5,
                    SurfaceHabitable = 650m,
                    SurfaceAnnexes = 40m,
                    LoyerM2 = 6.5m,
                },
            ],
            Financements =
            [
                new LigneFinancement { Type = TypeFinancement.SubventionEtat, Montant = 50_000m },
                new LigneFinancement { Type = TypeFinancement.PretCdcPlus, Montant = 1_300_000m },
            ],
            CreeeLe = DateTimeOffset.UtcNow,
            ModifieeLe = DateTimeOffset.UtcNow,
        };
        ajuster?.Invoke(operation);
        await app.ExecuterAsync(async db =>
        {
            db.Operations.Add(operation);
            await db.SaveChangesAsync();
        });
        return operation;
    }

    public static async Task<string> PageAsync(
        this HttpResponseMessage reponse,
        HttpStatusCode attendu = HttpStatusCode.OK
    )
    {
        var texte = await reponse.Content.ReadAsStringAsync();
        Assert.True(
            reponse.StatusCode == attendu,
            $"Statut {(int)reponse.StatusCode} au lieu de {(int)attendu} : {texte[..Math.Min(texte.Length, 2000)]}"
        );
        // Les textes s'y lisent tels qu'affichés (« l'instructeur » et non « l&#x27;instructeur »).
        return WebUtility.HtmlDecode(texte);
    }

    public static void AssertRefuse(HttpResponseMessage reponse)
    {
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
    }
}
