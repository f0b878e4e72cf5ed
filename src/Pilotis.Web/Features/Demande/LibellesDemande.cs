using System.Globalization;
using Pilotis.Domain.Demande;

namespace Pilotis.Web.Features.Demande;

/// <summary>Libellés français des paramètres de la demande, partagés par les pages du domaine.</summary>
public static class LibellesDemande
{
    public static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static string Libelle(this GeographiePlafonds g) => g switch
    {
        GeographiePlafonds.Paris => "Paris et communes limitrophes",
        GeographiePlafonds.IleDeFrance => "Île-de-France hors Paris et communes limitrophes",
        _ => "Autres régions",
    };

    public static string Euros(decimal montant) => montant.ToString("#,##0", Fr) + " €";
}
