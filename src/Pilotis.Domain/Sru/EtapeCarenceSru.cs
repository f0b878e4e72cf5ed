namespace Pilotis.Domain.Sru;

public sealed class EtapeCarenceSru
{
    public int Id { get; set; }
    public int ProcedureCarenceSruId { get; set; }
    public int Ordre { get; set; }
    public ActionCarence Action { get; set; }
    public ActeurCarence Acteur { get; set; }
    public DateOnly Date { get; set; }
    public EtatCarence Depuis { get; set; }
    public EtatCarence Vers { get; set; }
    public decimal? Coefficient { get; set; }
    public bool? AvisFavorable { get; set; }
    public string? Motif { get; set; }
}
