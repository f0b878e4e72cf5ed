namespace Pilotis.Domain.Sru;

public static class LibellesDepenseSru
{
    public static string Libelle(this NatureDepenseSru nature) =>
        nature switch
        {
            NatureDepenseSru.SubventionFonciere => "Subvention foncière à un bailleur",
            NatureDepenseSru.TravauxViabilisation => "Travaux de viabilisation ou de dépollution",
            NatureDepenseSru.CessionTerrainSousValeur => "Cession d'un terrain ou d'un immeuble sous sa valeur",
            NatureDepenseSru.MoinsValueBailEmphyteotique => "Moins-value d'un bail emphytéotique ou à construction",
            NatureDepenseSru.SubventionOperation => "Subvention à une opération de logement social",
            _ => "Autre dépense prévue par l'article R302-16",
        };

    public static string Libelle(this StatutDepenseSru statut) =>
        statut switch
        {
            StatutDepenseSru.Declaree => "Déclarée, à valider",
            StatutDepenseSru.Validee => "Validée",
            _ => "Refusée",
        };
}
