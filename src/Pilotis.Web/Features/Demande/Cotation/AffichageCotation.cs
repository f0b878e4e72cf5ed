using System.Globalization;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>Mise en forme française des grilles et des scores.</summary>
public static class AffichageCotation
{
    public static CultureInfo Fr => Affichage.Fr;

    public static string Etat(StatutGrille statut) =>
        statut switch
        {
            StatutGrille.Brouillon => "Brouillon",
            StatutGrille.Publiee => "Publiée",
            _ => "Archivée",
        };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Fr) ?? "—";

    public static string Date(DateTimeOffset date) => Affichage.HeureDeParis(date).ToString("d MMMM yyyy", Fr);

    public static string Nombre(decimal? valeur) => valeur is decimal v ? CalculCotation.Nombre(v) : "—";

    public static string Points(decimal valeur) => CalculCotation.Signe(valeur);

    public static string Libelle(CritereCotation c) =>
        string.IsNullOrWhiteSpace(c.Libelle) ? LibellesCotation.Defaut(c.Type, c.Parametre) : c.Libelle;

    public static string Precision(CritereCotation c) =>
        LibellesCotation.Parametres(c.Type).Where(p => p.Valeur == c.Parametre).Select(p => p.Libelle).FirstOrDefault()
        ?? "";

    public static string Typologie(Typologies t) =>
        t == Typologies.Aucune ? "—" : CodesDemande.Libelles(CodesDemande.TypologiesCodes, t);

    public static string Deplacement(int d) =>
        d switch
        {
            > 0 => $"monte de {d} place{(d > 1 ? "s" : "")}",
            < 0 => $"descend de {-d} place{(d < -1 ? "s" : "")}",
            _ => "inchangé",
        };
}
