namespace Pilotis.Domain.Sru;

/// <summary>
/// Procédure de carence d'une commune pour une période triennale, persistée : l'état courant et ses étapes.
/// Les transitions et leurs contrôles sont ceux de <see cref="TransitionsCarence"/> (CCH L302-9-1).
/// </summary>
public sealed class ProcedureCarenceSru
{
    public int Id { get; set; }
    public required string CommuneCode { get; init; }
    public required DateOnly DebutPeriode { get; init; }
    public required DateOnly FinPeriode { get; init; }
    public EtatCarence Etat { get; set; }
    public decimal? CoefficientMajoration { get; set; }
    public List<EtapeCarenceSru> Etapes { get; set; } = [];
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public ProcedureCarence VersDomaine() =>
        new(CommuneCode, DebutPeriode, FinPeriode)
        {
            Etat = Etat,
            CoefficientMajoration = CoefficientMajoration,
            Historique = Etapes
                .OrderBy(e => e.Ordre)
                .Select(e => new EtapeCarence(
                    e.Action,
                    e.Acteur,
                    e.Date,
                    e.Depuis,
                    e.Vers,
                    e.Coefficient,
                    e.AvisFavorable,
                    e.Motif
                ))
                .ToList(),
        };

    /// <summary>
    /// Reporte le résultat d'une transition acceptée par le domaine (seule la dernière étape est nouvelle).
    /// </summary>
    public void Appliquer(ProcedureCarence suivante)
    {
        Etat = suivante.Etat;
        CoefficientMajoration = suivante.CoefficientMajoration;
        var derniere = suivante.Historique[^1];
        Etapes.Add(
            new EtapeCarenceSru
            {
                Ordre = suivante.Historique.Count,
                Action = derniere.Action,
                Acteur = derniere.Acteur,
                Date = derniere.Date,
                Depuis = derniere.Depuis,
                Vers = derniere.Vers,
                Coefficient = derniere.Coefficient,
                AvisFavorable = derniere.AvisFavorable,
                Motif = derniere.Motif,
            }
        );
    }
}
