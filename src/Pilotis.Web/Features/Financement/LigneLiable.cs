namespace Pilotis.Web.Features.Financement;

/// <summary>Une ligne du plan de financement d'une opération du bailleur, où il peut rattacher l'aide.</summary>
public sealed record LigneLiable(
    int LigneId,
    int OperationId,
    string Operation,
    string Libelle,
    decimal Montant,
    bool Liee
);
