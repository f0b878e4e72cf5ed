using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>Fichiers de baux signés et bailleurs de test (un SIREN neuf par test).</summary>
public static class OutilsAttribution
{
    public const string Entete =
        "numero_attribution;siren_bailleur;code_commune;logement_en_qpv;contingent;date_signature_bail;"
        + "ressources_annuelles_par_uc;dalo;prioritaire;relogement_renouvellement_urbain;numero_unique";

    /// <summary>Un bailleur de test portant un SIREN neuf (9 chiffres commençant par 8).</summary>
    public static async Task<(string Siren, int Id)> BailleurAsync(PilotisFactory app)
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var siren = "8" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString("D8");
        await app.ExecuterAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == compte.OrganisationId);
            o.Siren = siren;
            await db.SaveChangesAsync();
        });
        return (siren, compte.OrganisationId);
    }

    public static byte[] Fichier(params string[] lignes) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", [Entete, .. lignes]) + "\r\n");

    public static Task<BilanImportAttributions> ImporterAsync(PilotisFactory app, byte[] octets) =>
        app.ExecuterAsync(async db =>
        {
            using var flux = new MemoryStream(octets);
            return await new ImportAttributions(db).ExecuterAsync(flux);
        });

    /// <summary>Les communes actuelles d'un EPCI, par code.</summary>
    public static Task<List<string>> CommunesAsync(PilotisFactory app, string epci) =>
        app.ExecuterAsync(db =>
            db.Communes.Where(c => c.EpciSiren == epci && c.Type == TypeCommune.Actuelle)
                .OrderBy(c => c.Code)
                .Select(c => c.Code)
                .ToListAsync()
        );

    /// <summary>Le n-ième EPCI (par SIREN) d'un département : chaque test prend le sien.</summary>
    public static Task<string> EpciAsync(PilotisFactory app, string departement, int rang) =>
        app.ExecuterAsync(db =>
            db.Communes.Where(c => c.DepartementCode == departement && c.EpciSiren != null)
                .Select(c => c.EpciSiren!)
                .Distinct()
                .OrderBy(s => s)
                .Skip(rang)
                .FirstAsync()
        );
}
