using System.Globalization;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>
/// Calcul du score d'une demande avec une grille de cotation (CCH L441-2-8) : un total et, pour chaque critère,
/// les points rapportés et une explication en français. Le score aide la décision, il ne la prend pas (DOMAIN §4.2).
/// Le même calcul sert au recalcul en masse (<see cref="Total"/>,
/// sans texte) et à l'explication (<see cref="Calculer"/>).
/// </summary>
public static class CalculCotation
{
    /// <summary>Une demande radiée, satisfaite ou purgée n'est pas cotée : seules les demandes actives sont
    /// classées.</summary>
    public static bool EstCotable(DemandeLogement demande)
    {
        ArgumentNullException.ThrowIfNull(demande);
        return demande.Statut == StatutDemande.Active && !demande.EstPurgee;
    }

    /// <summary>Score expliqué critère par critère ; null pour une demande non cotable (radiée, satisfaite,
    /// purgée).</summary>
    public static ScoreExplique? Calculer(
        IReadOnlyList<CritereCotation> criteres,
        DemandeLogement demande,
        ContexteCotation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(demande);
        return EstCotable(demande) ? Calculer(criteres, DonneesCotation.De(demande), contexte) : null;
    }

    public static ScoreExplique Calculer(
        IReadOnlyList<CritereCotation> criteres,
        in DonneesCotation demande,
        ContexteCotation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(criteres);
        ArgumentNullException.ThrowIfNull(contexte);
        var lignes = new List<LigneScore>(criteres.Count);
        var total = 0m;
        foreach (var critere in criteres)
        {
            var points = Points(critere, demande, contexte);
            total += points;
            lignes.Add(new LigneScore(critere, points, Expliquer(critere, demande, contexte, points)));
        }
        return new ScoreExplique(total, lignes);
    }

    /// <summary>Total seul, sans allocation : pour coter des millions de demandes.</summary>
    public static decimal Total(
        IReadOnlyList<CritereCotation> criteres,
        in DonneesCotation demande,
        ContexteCotation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(criteres);
        ArgumentNullException.ThrowIfNull(contexte);
        var total = 0m;
        for (var i = 0; i < criteres.Count; i++)
            total += Points(criteres[i], demande, contexte);
        return total;
    }

    /// <summary>Mois entiers écoulés du dépôt à la date (0 si la date précède le dépôt).</summary>
    public static int MoisEntiers(DateOnly depuis, DateOnly jusqua)
    {
        var mois = (jusqua.Year - depuis.Year) * 12 + jusqua.Month - depuis.Month;
        if (jusqua.Day < depuis.Day)
            mois--;
        return Math.Max(0, mois);
    }

    /// <summary>Points rapportés par un critère.</summary>
    public static decimal Points(CritereCotation critere, in DonneesCotation d, ContexteCotation contexte)
    {
        ArgumentNullException.ThrowIfNull(critere);
        ArgumentNullException.ThrowIfNull(contexte);
        return critere.Type switch
        {
            TypeCritere.AncienneteParMois => Anciennete(critere, MoisEntiers(d.DateDepot, contexte.Date)),
            _ => Satisfait(critere, d, contexte) ? critere.Points : 0m,
        };
    }

    private static decimal Anciennete(CritereCotation critere, int mois)
    {
        var brut = mois * critere.Points;
        return critere.Plafond is { } plafond && brut > plafond ? plafond : brut;
    }

    private static bool Satisfait(CritereCotation c, in DonneesCotation d, ContexteCotation contexte) =>
        c.Type switch
        {
            TypeCritere.Dalo => d.Dalo,
            TypeCritere.CriterePrioritaire => c.Parametre != 0
                && ((int)d.CriteresPrioritaires & c.Parametre) == c.Parametre,
            TypeCritere.Motif => c.Parametre != 0 && ((int)d.Motifs & c.Parametre) == c.Parametre,
            TypeCritere.SituationLogement => (int)d.SituationLogement == c.Parametre,
            TypeCritere.PremierQuartile => contexte.SeuilPremierQuartile is { } seuil && d.RessourcesParUc <= seuil,
            TypeCritere.HabiteEpci => d.CommuneResidenceCode is { } r && contexte.CommunesEpci.Contains(r),
            TypeCritere.TravailleEpci => d.CommuneTravailCode is { } t && contexte.CommunesEpci.Contains(t),
            TypeCritere.Handicap => d.Handicap,
            TypeCritere.Mutation => d.Mutation,
            _ => false,
        };

    private static string Expliquer(CritereCotation c, in DonneesCotation d, ContexteCotation contexte, decimal points)
    {
        var libelle = string.IsNullOrWhiteSpace(c.Libelle) ? LibellesCotation.Defaut(c.Type, c.Parametre) : c.Libelle;
        switch (c.Type)
        {
            case TypeCritere.AncienneteParMois:
                var mois = MoisEntiers(d.DateDepot, contexte.Date);
                var plafond = c.Plafond is { } p ? $" (plafond {Nombre(p)})" : "";
                return $"Ancienneté : {mois} mois × {Nombre(c.Points)} point{(Math.Abs(c.Points) > 1 ? "s" : "")} = "
                    + $"{Nombre(points)}{plafond}";
            case TypeCritere.PremierQuartile:
                if (contexte.SeuilPremierQuartile is not { } seuil)
                    return "Seuil du premier quartile inconnu pour cet EPCI : 0";
                return d.RessourcesParUc <= seuil
                    ? $"Ressources par UC {Euros(d.RessourcesParUc)} ≤ seuil du premier quartile {Euros(seuil)} : "
                        + $"{Signe(points)}"
                    : $"Ressources par UC {Euros(d.RessourcesParUc)} > seuil du premier quartile {Euros(seuil)} : 0";
            case TypeCritere.HabiteEpci:
                return points != 0 ? $"Habite dans l'EPCI : {Signe(points)}"
                    : d.CommuneTravailCode is { } t && contexte.CommunesEpci.Contains(t)
                        ? "N'habite pas dans l'EPCI : 0"
                    : "N'habite pas et ne travaille pas dans l'EPCI : 0";
            case TypeCritere.TravailleEpci:
                return points != 0 ? $"Travaille dans l'EPCI : {Signe(points)}"
                    : d.CommuneResidenceCode is { } r && contexte.CommunesEpci.Contains(r)
                        ? "Ne travaille pas dans l'EPCI : 0"
                    : "N'habite pas et ne travaille pas dans l'EPCI : 0";
            default:
                return Satisfait(c, d, contexte) ? $"{libelle} : {Signe(points)}" : $"{libelle} : non concerné, 0";
        }
    }

    /// <summary>Nombre à la française : espaces des milliers, décimales seulement si utiles.</summary>
    public static string Nombre(decimal valeur) => Francais.Valeur(valeur);

    public static string Euros(decimal valeur) => Francais.Montant(valeur);

    public static string Signe(decimal valeur) => valeur > 0 ? "+" + Nombre(valeur) : Nombre(valeur);
}
