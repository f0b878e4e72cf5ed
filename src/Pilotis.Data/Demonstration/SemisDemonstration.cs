using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Données de démonstration du Gard : organisations (les bailleurs sont fictifs), un compte par type d'organisation.
/// Semées au premier démarrage sur une base vide ; un bandeau « données de démonstration » s'affiche tant qu'elles sont
/// là.
/// </summary>
public sealed class SemisDemonstration(
    PilotisDbContext db,
    UserManager<Utilisateur> utilisateurs,
    RoleManager<IdentityRole> roles
)
{
    /// <summary>
    /// Mot de passe commun aux comptes de démonstration (conforme à la politique : 12 caractères, 4 classes).
    /// </summary>
    public const string MotDePasse = "Pilotis-Demo-2026";

    private static readonly (
        string Nom,
        TypeOrganisation Type,
        string? Siren,
        NiveauPerimetre Niveau,
        string Code,
        string Dep,
        string Reg
    )[] OrganisationsGard =
    [
        ("DDTM du Gard — service habitat", TypeOrganisation.Ddtm, null, NiveauPerimetre.Departement, "30", "30", "76"),
        ("DREAL Occitanie", TypeOrganisation.Dreal, null, NiveauPerimetre.Region, "76", "30", "76"),
        ("CA de Nîmes Métropole", TypeOrganisation.Epci, "243000643", NiveauPerimetre.Epci, "243000643", "30", "76"),
        ("CA Alès Agglomération", TypeOrganisation.Epci, "200066918", NiveauPerimetre.Epci, "200066918", "30", "76"),
        ("Commune de Nîmes", TypeOrganisation.Commune, "213001894", NiveauPerimetre.Commune, "30189", "30", "76"),
        ("Commune d'Alès", TypeOrganisation.Commune, "213000078", NiveauPerimetre.Commune, "30007", "30", "76"),
        (
            "Commune de Bagnols-sur-Cèze",
            TypeOrganisation.Commune,
            "213000284",
            NiveauPerimetre.Commune,
            "30028",
            "30",
            "76"
        ),
        (
            "Garrigues Habitat (OPH fictif)",
            TypeOrganisation.Bailleur,
            "900000019",
            NiveauPerimetre.Departement,
            "30",
            "30",
            "76"
        ),
        (
            "Cévennes Logis (ESH fictive)",
            TypeOrganisation.Bailleur,
            "900000027",
            NiveauPerimetre.Departement,
            "30",
            "30",
            "76"
        ),
        (
            "Toits du Rhône (coopérative fictive)",
            TypeOrganisation.Bailleur,
            "900000035",
            NiveauPerimetre.Departement,
            "30",
            "30",
            "76"
        ),
        (
            "Action Logement Services — Gard",
            TypeOrganisation.Reservataire,
            null,
            NiveauPerimetre.Departement,
            "30",
            "30",
            "76"
        ),
        (
            "DDETS du Gard — contingent préfectoral",
            TypeOrganisation.Reservataire,
            null,
            NiveauPerimetre.Departement,
            "30",
            "30",
            "76"
        ),
        (
            "Banque des Territoires — Gard",
            TypeOrganisation.Financeur,
            null,
            NiveauPerimetre.Departement,
            "30",
            "30",
            "76"
        ),
        ("EPF Occitanie", TypeOrganisation.OperateurFoncier, null, NiveauPerimetre.Region, "76", "30", "76"),
    ];

    public static readonly CompteDemo[] Comptes =
    [
        new("ddtm@demo.pilotis.fr", "Claire Martin (démo)", "DDTM du Gard — service habitat", Role.Administrateur),
        new("dreal@demo.pilotis.fr", "Hugo Bernard (démo)", "DREAL Occitanie", Role.Lecteur),
        new("epci@demo.pilotis.fr", "Sofia Roux (démo)", "CA de Nîmes Métropole", Role.Agent),
        new("commune@demo.pilotis.fr", "Paul Fabre (démo)", "Commune de Nîmes", Role.Agent),
        new("bailleur@demo.pilotis.fr", "Inès Garcia (démo)", "Garrigues Habitat (OPH fictif)", Role.Administrateur),
        new("bailleur2@demo.pilotis.fr", "Louis Blanc (démo)", "Cévennes Logis (ESH fictive)", Role.Agent),
        new("reservataire@demo.pilotis.fr", "Nadia Petit (démo)", "Action Logement Services — Gard", Role.Agent),
        new("ddets@demo.pilotis.fr", "Karim Haddad (démo)", "DDETS du Gard — contingent préfectoral", Role.Agent),
        new("maire@demo.pilotis.fr", "Élise Vidal (démo, maire fictive)", "Commune d'Alès", Role.Agent),
        new("financeur@demo.pilotis.fr", "Marc Durand (démo)", "Banque des Territoires — Gard", Role.Agent),
        new("foncier@demo.pilotis.fr", "Julie Moreau (démo)", "EPF Occitanie", Role.Agent),
    ];

    public async Task<bool> ExecuterAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct))
            return false;
        await RolesIdentite.CreerAsync(roles);

        var parNom = new Dictionary<string, Organisation>();
        foreach (var o in OrganisationsGard)
        {
            var organisation = new Organisation
            {
                Nom = o.Nom,
                Type = o.Type,
                Siren = o.Siren,
                PerimetreNiveau = o.Niveau,
                PerimetreCode = o.Code,
                DepartementCode = o.Dep,
                RegionCode = o.Reg,
                Demonstration = true,
            };
            db.Organisations.Add(organisation);
            parNom[o.Nom] = organisation;
        }
        await SemerGeographiePlafondsAsync(ct);
        db.Reglages.Add(new Reglage { Cle = Reglage.DonneesDemonstration, Valeur = "oui" });
        await db.SaveChangesAsync(ct);

        foreach (var compte in Comptes)
        {
            var utilisateur = new Utilisateur
            {
                UserName = compte.Courriel,
                Email = compte.Courriel,
                EmailConfirmed = true,
                NomComplet = compte.NomComplet,
                OrganisationId = parNom[compte.Organisation].Id,
            };
            Verifier(await utilisateurs.CreateAsync(utilisateur, MotDePasse));
            Verifier(await utilisateurs.AddToRoleAsync(utilisateur, compte.Role.NomTechnique()));
        }
        return true;
    }

    /// <summary>Toutes les communes du Gard relèvent des plafonds « autres régions » (hors Île-de-France).</summary>
    private async Task SemerGeographiePlafondsAsync(CancellationToken ct)
    {
        var dejaRenseignees = await db
            .AttributsCommunes.Where(a => a.Nature == NatureAttribut.GeographiePlafonds)
            .Select(a => a.CommuneCode)
            .ToListAsync(ct);
        var codes = await db
            .Communes.Where(c => c.DepartementCode == "30" && c.Type == TypeCommune.Actuelle)
            .Select(c => c.Code)
            .ToListAsync(ct);
        foreach (var code in codes.Except(dejaRenseignees))
        {
            db.AttributsCommunes.Add(
                new AttributCommune
                {
                    CommuneCode = code,
                    Nature = NatureAttribut.GeographiePlafonds,
                    Valeur = "autres-regions",
                    ValideDepuis = new DateOnly(2026, 1, 1),
                    Source =
                        "Arrêté du 29 juillet 1987 modifié relatif aux plafonds de ressources (hors Île-de-France)",
                }
            );
        }
    }

    private static void Verifier(IdentityResult resultat)
    {
        if (!resultat.Succeeded)
        {
            throw new InvalidOperationException(
                "Semis de démonstration : " + string.Join(" ; ", resultat.Errors.Select(e => e.Description))
            );
        }
    }
}
