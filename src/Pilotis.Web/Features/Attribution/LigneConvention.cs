using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Une convention de flux avec les noms de ses parties, pour la liste et ses exports.</summary>
public sealed record LigneConvention(ConventionFlux Convention, string Bailleur, string Reservataire)
{
    public ResultatConversion? Conversion =>
        ConversionReservations.Calculer(
            Convention.ReservationsConverties,
            Convention.TauxRotationReserves,
            Convention.FluxAnnuelPrevisionnel
        );

    public string Typologie =>
        Convention.PartT1T2 is null
            ? "indifférente"
            : $"T1-T2 {Pct(Convention.PartT1T2)} · T3 {Pct(Convention.PartT3)} · T4+ {Pct(Convention.PartT4Plus)}";

    public static string Pct(decimal? valeur) =>
        valeur is null ? "—" : Pilotis.Domain.Commun.Francais.Valeur(valeur.Value) + " %";

    public static readonly string[] Entetes =
    [
        "Identifiant",
        "Bailleur",
        "Réservataire",
        "Contingent",
        "Département",
        "Part du flux (%)",
        "Dont agents de l'État (%)",
        "T1-T2 (%)",
        "T3 (%)",
        "T4 et plus (%)",
        "Territoires (EPCI)",
        "Début",
        "Fin",
        "Statut",
        "Signée le",
        "Réservations converties",
        "Taux de rotation (%)",
        "Flux annuel prévisionnel",
        "Part équivalente de la conversion (%)",
    ];

    public IReadOnlyList<object?> Export()
    {
        var c = Convention;
        return
        [
            c.Id,
            Bailleur,
            Reservataire,
            c.Contingent.Libelle(),
            c.DepartementCode,
            c.PartFlux,
            c.PartAgentsEtat,
            c.PartT1T2,
            c.PartT3,
            c.PartT4Plus,
            c.Territoires,
            c.DateDebut,
            c.DateFin,
            c.Statut.Libelle(),
            c.SigneeLe,
            c.ReservationsConverties,
            c.TauxRotationReserves,
            c.FluxAnnuelPrevisionnel,
            Conversion?.PartEquivalente,
        ];
    }
}
