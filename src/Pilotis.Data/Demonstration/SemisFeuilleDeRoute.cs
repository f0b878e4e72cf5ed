using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Démonstration de la feuille de route du Gard (fictive) : les cibles 2026 de la DDTM et le statut des propositions
/// nationales après la rencontre des élus du Gard avec la DGALN (seed 001, II « Les suites »). Ne sème rien si le
/// Gard a déjà une cible ou un statut.
/// </summary>
public sealed class SemisFeuilleDeRoute(PilotisDbContext db)
{
    private const string Gard = "30";
    private const string Auteur = "Claire Martin (démo)";
    private const string Fictif = " (démonstration, fictif)";

    private static readonly (string Code, decimal Cible)[] Cibles2026 =
    [
        ("S1-OPERATIONS-EXAMINEES", 15),
        ("S1-OPERATIONS-REUSSIES", 8),
        ("S2-AIDES-LOCALES", 12),
        ("S2-FINANCEURS-LOCAUX", 6),
        ("S3-RECHERCHES-MOIS", 50),
        ("S3-AVIS-UTILE", 30),
        ("S4-OUTILS-FONCIERS", 20),
        ("S4-COMMUNES-OUTILLEES", 10),
        ("S5-LOGEMENTS-POTENTIELS", 800),
        ("S5-LOGEMENTS-REALISES", 150),
        ("S6-ELUS-FORMES", 60),
        ("S6-SATISFACTION", 4),
        ("S7-HABITANTS-RENCONTRES", 300),
        ("S7-CONCERTATION-AVANT-PERMIS", 50),
        ("S8-COMMUNES-PUBLIANT", 25),
        ("S8-VISITES-MOIS", 400),
        ("S9-EXHAUSTIVITE", 80),
        ("S9-A-JOUR", 75),
        ("S10-PARTICIPATION-CIL", 70),
        ("S10-COMMUNES-BESOINS", 20),
        ("S11-GIR-CREES", 3),
        ("S11-CALEOL-MAIRES", 80),
    ];

    private static readonly (string Code, StatutProposition Statut, DateOnly Date, string Commentaire)[] Statuts =
    [
        ("2c-tva", StatutProposition.PorteeAuNational, new(2024, 10, 15), "Présentée à la DGALN lors de la rencontre"),
        ("2c-garantie", StatutProposition.PorteeAuNational, new(2024, 10, 15), "Présentée à la DGALN"),
        ("2c-rls", StatutProposition.PorteeAuNational, new(2024, 10, 15), "Rapport de la Cour des comptes cité"),
        ("2c-zonage", StatutProposition.Reprise, new(2025, 6, 30), "Reprise dans une réflexion nationale"),
        ("3b-taux-20", StatutProposition.PorteeAuNational, new(2024, 10, 15), "Chiffrée avec le simulateur SRU"),
        ("1c-recours", StatutProposition.Abandonnee, new(2025, 3, 1), "Déjà encadrée par la loi"),
    ];

    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (
            !await db.Departements.AnyAsync(d => d.Code == Gard, ct)
            || await db.ObjectifsFeuilleDeRoute.AnyAsync(o => o.DepartementCode == Gard, ct)
            || await db.SuivisPropositionsNationales.AnyAsync(s => s.DepartementCode == Gard, ct)
        )
            return 0;
        foreach (var (code, cible) in Cibles2026)
            db.ObjectifsFeuilleDeRoute.Add(
                new ObjectifFeuilleDeRoute
                {
                    DepartementCode = Gard,
                    Annee = 2026,
                    CodeIndicateur = code,
                    Cible = cible,
                    ModifiePar = Auteur,
                    ModifieLe = maintenant,
                }
            );
        foreach (var (code, statut, date, commentaire) in Statuts)
            db.SuivisPropositionsNationales.Add(
                new SuiviPropositionNationale
                {
                    DepartementCode = Gard,
                    CodeProposition = code,
                    Statut = statut,
                    Date = date,
                    Commentaire = commentaire + Fictif,
                    ModifiePar = Auteur,
                    ModifieLe = maintenant,
                }
            );
        await db.SaveChangesAsync(ct);
        return Cibles2026.Length + Statuts.Length;
    }
}
