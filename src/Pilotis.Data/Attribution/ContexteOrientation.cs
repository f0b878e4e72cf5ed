using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Ce que l'orientation d'une année lit d'un coup pour un bailleur : ses conventions signées qui touchent l'année, les
/// noms des titulaires, et le solde courant par département (logements du flux déjà orientés).
/// </summary>
public sealed class ContexteOrientation
{
    private readonly Dictionary<string, List<PartOrientation>> _parts = [];

    public required int BailleurId { get; init; }
    public required string NomBailleur { get; init; }
    public required List<ConventionFlux> Conventions { get; init; }
    public required Dictionary<int, string> Noms { get; init; }
    public required Dictionary<string, EtatOrientation> Etats { get; init; }

    public string Nom(int? reservataireId) =>
        reservataireId is int id ? Noms.GetValueOrDefault(id, $"Organisation {id}") : NomBailleur;

    public EtatOrientation Etat(string? departement)
    {
        var cle = departement ?? "";
        if (!Etats.TryGetValue(cle, out var etat))
            Etats[cle] = etat = new EtatOrientation();
        return etat;
    }

    /// <summary>Les parts en vigueur à une date dans un département (mises en cache par ensemble de
    /// conventions).</summary>
    public List<PartOrientation> Parts(string? departement, DateOnly date)
    {
        var enVigueur = Conventions.Where(c => c.DepartementCode == departement && c.EnVigueurLe(date)).ToList();
        var cle = departement + ":" + string.Join(',', enVigueur.Select(c => c.Id));
        if (!_parts.TryGetValue(cle, out var parts))
            _parts[cle] = parts = Orientation.Parts(enVigueur, id => Nom(id), NomBailleur);
        return parts;
    }

    /// <summary>
    /// Le contingent d'une réservation restée en stock : celui de la convention du même réservataire s'il en a une ;
    /// sinon le préfet pour la défense et la sécurité intérieure (réservation de l'État pour ses agents, CCH R441-5) et
    /// le contingent « collectivité » pour un établissement de santé (à défaut de contingent propre).
    /// </summary>
    public Contingent ContingentStock(int? reservataireId, ReservationNonConvertie reservation)
    {
        var convention = Conventions.FirstOrDefault(c => c.ReservataireId == reservataireId);
        if (convention is not null)
            return convention.Contingent;
        return reservation == ReservationNonConvertie.DefenseSecuriteInterieure
            ? Contingent.Prefet
            : Contingent.Collectivite;
    }
}
