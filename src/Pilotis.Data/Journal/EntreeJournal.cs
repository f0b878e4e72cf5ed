namespace Pilotis.Data.Journal;

/// <summary>
/// Une écriture en base : qui, quand, quoi, avant et après (JSON). Écrite dans la même transaction que le changement.
/// </summary>
public sealed class EntreeJournal
{
    public long Id { get; set; }
    public DateTimeOffset Quand { get; set; }
    public string? UtilisateurId { get; set; }
    public required string Auteur { get; set; }
    public int? OrganisationId { get; set; }

    /// <summary>Création, Modification, Suppression, ou une action nommée (« Import du référentiel »).</summary>
    public required string Action { get; set; }
    public required string Entite { get; set; }
    public string? EntiteId { get; set; }
    public string? Avant { get; set; }
    public string? Apres { get; set; }
}
