using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>Petites aides communes aux pages de production de ce dossier.</summary>
public static class OutilsProduction
{
    /// <summary>Nom de l'auteur d'un événement de la frise : la personne et son organisation.</summary>
    public static string Auteur(System.Security.Claims.ClaimsPrincipal utilisateur, string? organisation)
    {
        ArgumentNullException.ThrowIfNull(utilisateur);
        var nom = utilisateur.FindFirst(Infrastructure.RevendicationsPilotis.NomComplet)?.Value
            ?? utilisateur.Identity?.Name
            ?? "inconnu";
        var texte = organisation is null ? nom : $"{nom} ({organisation})";
        return texte.Length <= 256 ? texte : texte[..256];
    }

    public static string NomMois(int? mois) => mois is >= 1 and <= 12 ? Affichage.NomMois(mois.Value) : "—";

    public static string Libelle(this EtatPermis permis) =>
        permis switch
        {
            EtatPermis.NonDepose => "non déposé",
            EtatPermis.Depose => "déposé",
            EtatPermis.Obtenu => "obtenu",
            EtatPermis.PurgeDeRecours => "purgé de recours",
            _ => "sans objet",
        };
}
