using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>Champs d'une organisation, communs à la création et à la modification.</summary>
public sealed class SaisieOrganisation
{
    [Required(ErrorMessage = "Indiquez le nom de l'organisation.")]
    // Pas de maxlength dans le formulaire : le navigateur couperait en silence un nom collé trop long ; c'est ce
    // contrôle qui le refuse, avec un message.
    [StringLength(Organisation.LongueurNomMaximum, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    public string? Nom { get; set; }

    public TypeOrganisation? Type { get; set; }

    public string? Siren { get; set; }

    public NiveauPerimetre? PerimetreNiveau { get; set; }

    public string? PerimetreCode { get; set; }

    public string? DepartementCode { get; set; }

    public static SaisieOrganisation De(Organisation o) =>
        new()
        {
            Nom = o.Nom,
            Type = o.Type,
            Siren = o.Siren,
            PerimetreNiveau = o.PerimetreNiveau,
            PerimetreCode = o.PerimetreNiveau == NiveauPerimetre.National ? "" : o.PerimetreCode,
            DepartementCode = o.DepartementCode,
        };

    /// <summary>SIREN sans espaces ; null si non renseigné.</summary>
    public string? SirenNormalise =>
        string.IsNullOrWhiteSpace(Siren) ? null : Siren.Replace(" ", "", StringComparison.Ordinal).Trim();

    /// <summary>
    /// Vérifie ce que les annotations ne disent pas : SIREN, type permis à l'acteur, périmètre existant dans le
    /// référentiel,
    /// et organisation restant dans la portée de l'acteur. Le rattachement (type, périmètre) n'est vérifié que s'il est
    /// modifiable.
    /// </summary>
    public async Task<PerimetreResolu?> ValiderAsync(
        PilotisDbContext db,
        Acteur acteur,
        bool rattachementModifiable,
        ModelStateDictionary etat,
        string prefixe,
        CancellationToken ct
    )
    {
        void Erreur(string champ, string message) => etat.AddModelError($"{prefixe}.{champ}", message);

        if (SirenNormalise is { } siren && !Organisation.SirenValide(siren))
        {
            Erreur(
                nameof(Siren),
                "Le SIREN doit comporter 9 chiffres et une clé de contrôle valide, par exemple 243000643."
            );
        }
        if (!rattachementModifiable)
            return null;

        if (Type is null)
            Erreur(nameof(Type), "Choisissez le type d'organisation.");
        else if (!PorteeRequetes.TypesAttribuables(acteur).Contains(Type.Value))
        {
            Erreur(nameof(Type), $"Vous ne pouvez pas attribuer le type « {Type.Value.Libelle()} ».");
        }
        if (PerimetreNiveau is null)
        {
            Erreur(nameof(PerimetreNiveau), "Choisissez le niveau du périmètre.");
            return null;
        }
        var perimetre = await Perimetres.ResoudreAsync(
            db,
            PerimetreNiveau.Value,
            PerimetreCode,
            DepartementCode,
            Erreur,
            ct
        );
        if (perimetre is null)
            return null;
        if (
            !Habilitations.Autorise(
                acteur,
                Ressource.Organisations,
                Acte.Modifier,
                new Cible(null, perimetre.Localisation)
            )
        )
        {
            Erreur(
                nameof(DepartementCode),
                $"Vous ne pouvez administrer que les organisations rattachées au département {acteur.DepartementCode}."
            );
            return null;
        }
        return perimetre;
    }

    public void Appliquer(Organisation o, PerimetreResolu? perimetre)
    {
        o.Nom = Nom!.Trim();
        o.Siren = SirenNormalise;
        if (perimetre is null)
            return;
        o.Type = Type!.Value;
        o.PerimetreNiveau = perimetre.Niveau;
        o.PerimetreCode = perimetre.Code;
        o.DepartementCode = perimetre.DepartementCode;
        o.RegionCode = perimetre.RegionCode;
    }
}
