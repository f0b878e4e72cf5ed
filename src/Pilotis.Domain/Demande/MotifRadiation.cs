namespace Pilotis.Domain.Demande;

/// <summary>Motifs de radiation du système national d'enregistrement (CCH R441-2-8).</summary>
public enum MotifRadiation
{
    /// <summary>Attribution d'un logement : la demande est satisfaite.</summary>
    Attribution = 0,
    NonRenouvellement = 1,
    Renonciation = 2,
    Irrecevabilite = 3,
    AbsenceReponse = 4,
}
