namespace Pilotis.Domain.Sru;

/// <summary>Nature des dépenses déductibles du prélèvement (CCH L302-7 al. 4 et R302-16).</summary>
public enum NatureDepenseSru
{
    SubventionFonciere = 0,
    TravauxViabilisation = 1,
    CessionTerrainSousValeur = 2,
    MoinsValueBailEmphyteotique = 3,
    SubventionOperation = 4,
    Autre = 5,
}
