using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les limites légales d'une convention de réservation en flux, vérifiées contre les autres conventions du même
/// bailleur dans le même département (CCH L441-1, R441-5 ; décret n° 2020-145 du 20 février 2020). Chaque refus nomme
/// le champ et les chiffres en cause, pour que le bailleur sache quoi corriger.
/// </summary>
public static class LimitesConventionsFlux
{
    /// <summary>CCH R441-5 : le contingent du préfet ne peut dépasser 30 % des logements libérés chaque
    /// année.</summary>
    public const decimal PartPrefetMaximum = 30m;

    /// <summary>CCH R441-5 : dont 5 % au plus pour les agents civils et militaires de l'État.</summary>
    public const decimal PartAgentsEtatMaximum = 5m;

    /// <summary>Le flux annuel ne se partage qu'une fois : 100 % au plus pour toutes les conventions signées.</summary>
    public const decimal SommeMaximum = 100m;

    /// <summary>
    /// Les refus de la convention <paramref name="convention"/> au regard des autres conventions
    /// (<paramref name="autres"/>, même bailleur et même département, elle-même exclue par son identifiant).
    /// Liste vide : la convention respecte les limites.
    /// </summary>
    public static List<ErreurChamp> Verifier(ConventionFlux convention, IEnumerable<ConventionFlux> autres)
    {
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(autres);
        var erreurs = new List<ErreurChamp>();
        VerifierParts(convention, erreurs);
        VerifierTypologie(convention, erreurs);
        if (convention.DateFin < convention.DateDebut)
        {
            erreurs.Add(
                new(
                    nameof(ConventionFlux.DateFin),
                    $"La date de fin ({Date(convention.DateFin)}) précède la date de début "
                        + $"({Date(convention.DateDebut)})."
                )
            );
            return erreurs;
        }
        var concurrentes = autres
            .Where(a =>
                a.Id != convention.Id
                && a.Statut == StatutConvention.Signee
                && a.BailleurId == convention.BailleurId
                && a.DepartementCode == convention.DepartementCode
                && a.DateDebut <= convention.DateFin
                && a.DateFin >= convention.DateDebut
            )
            .ToList();
        VerifierAutres(convention, concurrentes, erreurs);
        return erreurs;
    }

    private static void VerifierParts(ConventionFlux c, List<ErreurChamp> erreurs)
    {
        if (c.PartFlux <= 0m || c.PartFlux > SommeMaximum)
            erreurs.Add(
                new(nameof(c.PartFlux), $"La part du flux ({Pct(c.PartFlux)}) doit être comprise entre 0 et 100 %.")
            );
        // CCH R441-5 : le préfet réserve au plus 30 % du flux annuel.
        else if (c.Contingent == Contingent.Prefet && c.PartFlux > PartPrefetMaximum)
        {
            erreurs.Add(
                new(
                    nameof(c.PartFlux),
                    $"La part du préfet ({Pct(c.PartFlux)}) dépasse le plafond de {Pct(PartPrefetMaximum)} du flux "
                        + "annuel (CCH R441-5)."
                )
            );
        }
        if (c.PartAgentsEtat < 0m)
            erreurs.Add(new(nameof(c.PartAgentsEtat), "La part des agents de l'État ne peut pas être négative."));
        else if (c.PartAgentsEtat > 0m && c.Contingent != Contingent.Prefet)
        {
            erreurs.Add(
                new(
                    nameof(c.PartAgentsEtat),
                    $"Seule la convention du préfet réserve une part aux agents de l'État ({Pct(c.PartAgentsEtat)} "
                        + "saisis)."
                )
            );
        }
        // CCH R441-5 : dont 5 % au plus pour les agents civils et militaires de l'État, compris dans la part du préfet.
        else if (c.PartAgentsEtat > PartAgentsEtatMaximum)
        {
            erreurs.Add(
                new(
                    nameof(c.PartAgentsEtat),
                    $"La part des agents de l'État ({Pct(c.PartAgentsEtat)}) dépasse le plafond de "
                        + $"{Pct(PartAgentsEtatMaximum)} (CCH R441-5)."
                )
            );
        }
        else if (c.PartAgentsEtat > c.PartFlux)
        {
            erreurs.Add(
                new(
                    nameof(c.PartAgentsEtat),
                    $"La part des agents de l'État ({Pct(c.PartAgentsEtat)}) est comprise dans celle du préfet "
                        + $"({Pct(c.PartFlux)}) : elle ne peut pas la dépasser."
                )
            );
        }
    }

    private static void VerifierTypologie(ConventionFlux c, List<ErreurChamp> erreurs)
    {
        decimal?[] parts = [c.PartT1T2, c.PartT3, c.PartT4Plus];
        if (parts.All(p => p is null))
            return;
        if (parts.Any(p => p is null or < 0m or > 100m))
        {
            erreurs.Add(
                new(
                    nameof(c.PartT1T2),
                    "Répartition par typologie : saisissez les trois parts (T1-T2, T3, T4 et plus), chacune entre "
                        + "0 et 100 %, ou aucune."
                )
            );
            return;
        }
        var somme = parts.Sum(p => p!.Value);
        if (somme != 100m)
        {
            erreurs.Add(
                new(
                    nameof(c.PartT1T2),
                    $"Répartition par typologie : {Pct(c.PartT1T2!.Value)} + {Pct(c.PartT3!.Value)} + "
                        + $"{Pct(c.PartT4Plus!.Value)} = {Pct(somme)} ; la somme doit faire 100 %."
                )
            );
        }
    }

    private static void VerifierAutres(ConventionFlux c, List<ConventionFlux> concurrentes, List<ErreurChamp> erreurs)
    {
        // Une convention par bailleur, réservataire et département (CCH R441-5) : deux conventions signées du même
        // réservataire ne peuvent pas s'appliquer à une même date.
        var doublon = concurrentes.FirstOrDefault(a => a.ReservataireId == c.ReservataireId);
        if (doublon is not null)
        {
            erreurs.Add(
                new(
                    nameof(c.ReservataireId),
                    $"Une convention signée avec ce réservataire s'applique déjà du {Date(doublon.DateDebut)} au "
                        + $"{Date(doublon.DateFin)} dans ce département : une seule convention par bailleur, "
                        + "réservataire et département."
                )
            );
        }
        if (c.PartFlux <= 0m)
            return;
        var autres = concurrentes.Where(a => a.ReservataireId != c.ReservataireId).Sum(a => a.PartFlux);
        var somme = autres + c.PartFlux;
        if (somme > SommeMaximum)
        {
            erreurs.Add(
                new(
                    nameof(c.PartFlux),
                    $"Les conventions signées du bailleur dans le département réservent déjà {Pct(autres)} du flux ; "
                        + $"avec {Pct(c.PartFlux)}, la somme ferait {Pct(somme)}, au-delà de 100 %."
                )
            );
        }
    }

    private static string Pct(decimal valeur) => Francais.Valeur(valeur) + " %";

    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", Francais.Culture);
}
