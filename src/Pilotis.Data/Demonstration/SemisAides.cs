using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Financement;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Le catalogue d'aides de démonstration du Gard (docs/formats/exemples/aides-gard-demonstration.json, au format
/// d'aides-territoires, chaque fiche marquée « Données de démonstration ») importé comme un vrai fichier, plus deux
/// aides locales tenues par le financeur de démonstration.
/// </summary>
public sealed class SemisAides(PilotisDbContext db)
{
    public const string Ressource = "Pilotis.Data.Demonstration.aides-gard-demonstration.json";

    public async Task<int> ExecuterAsync(CancellationToken ct = default)
    {
        if (await db.Aides.AnyAsync(ct))
            return 0;
        await using var flux = typeof(SemisAides).Assembly.GetManifestResourceStream(Ressource)
            ?? throw new InvalidOperationException($"Ressource {Ressource} absente.");
        var (bilan, erreur) = await new ImportAides(db).ExecuterAsync(flux, ct);
        if (erreur is not null || !bilan.Reussi)
            throw new InvalidOperationException(
                $"Catalogue de démonstration refusé : {erreur ?? bilan.Erreurs[0].Message}"
            );
        var financeur = await db
            .Organisations.Where(o => o.Demonstration && o.Type == TypeOrganisation.Financeur)
            .OrderBy(o => o.Id)
            .FirstOrDefaultAsync(ct);
        if (financeur is null)
            return bilan.Ajoutes;
        db.Aides.AddRange(AidesLocales(financeur));
        await db.SaveChangesAsync(ct);
        return bilan.Ajoutes + 2;
    }

    private static IEnumerable<Aide> AidesLocales(Organisation financeur)
    {
        const string demo = "<p><strong>Données de démonstration (fictives)</strong>.</p>";
        Aide Locale(string slug, string nom, string titre, string description, string type) =>
            new()
            {
                Slug = slug,
                Nom = nom,
                TitreCourt = titre,
                Financeurs = [financeur.Nom],
                Description = demo + description,
                Eligibilite = "<p>Bailleurs sociaux intervenant dans le Gard.</p>",
                Perimetre = "Gard",
                Categories = ["Logement|Logement social"],
                PublicsCibles = [PublicsAides.BailleursSociaux],
                TypesAide = [type],
                Destinations = ["Investissement"],
                Recurrence = "ongoing",
                Locale = true,
                OrganisationId = financeur.Id,
            };
        var aides = new[]
        {
            Locale(
                "demo-locale-bdt-gard-surcharge-fonciere",
                "Banque des Territoires Gard : prêt complémentaire pour la surcharge foncière des PLAI",
                "Complément foncier PLAI",
                "<p>Prêt complémentaire sur fonds d'épargne pour couvrir la surcharge foncière des opérations PLAI "
                    + "en cœur de ville dans le Gard.</p>",
                "Prêt"
            ),
            Locale(
                "demo-locale-bdt-gard-ingenierie",
                "Banque des Territoires Gard : ingénierie des opérations d'acquisition-amélioration",
                "Ingénierie acquisition-amélioration",
                "<p>Cofinancement des études de faisabilité des opérations d'acquisition-amélioration en centre "
                    + "ancien.</p>",
                "Ingénierie"
            ),
        };
        foreach (var a in aides)
            IndexationAide.Calculer(a);
        return aides;
    }
}
