namespace Pilotis.Domain.Attribution;

/// <summary>Libellés français des valeurs de la gestion en flux (pages, exports, explications).</summary>
public static class LibellesFlux
{
    public static string Libelle(this MotifExclusionFlux motif) =>
        motif switch
        {
            MotifExclusionFlux.MutationInterne => "mutation interne",
            MotifExclusionFlux.RelogementAnru => "relogement ANRU",
            MotifExclusionFlux.RelogementOrcod => "relogement ORCOD",
            MotifExclusionFlux.RelogementHabitatIndigne => "relogement d'habitat indigne",
            MotifExclusionFlux.Vente => "vente",
            _ => "aucune",
        };

    public static string Libelle(this ReservationNonConvertie reservation) =>
        reservation switch
        {
            ReservationNonConvertie.DefenseSecuriteInterieure => "défense nationale et sécurité intérieure",
            ReservationNonConvertie.EtablissementSante => "établissement public de santé",
            _ => "aucune",
        };

    public static string Libelle(this StatutConvention statut) =>
        statut switch
        {
            StatutConvention.Projet => "Projet",
            StatutConvention.Signee => "Signée",
            _ => "Résiliée",
        };

    public static string Libelle(this ClasseTypologie classe) =>
        classe switch
        {
            ClasseTypologie.T1T2 => "T1-T2",
            ClasseTypologie.T3 => "T3",
            _ => "T4 et plus",
        };

    public static string Libelle(this FinancementOrigine financement) =>
        financement switch
        {
            FinancementOrigine.Plai => "PLAI",
            FinancementOrigine.PlaiAdapte => "PLAI adapté",
            FinancementOrigine.Plus => "PLUS",
            FinancementOrigine.Pls => "PLS",
            FinancementOrigine.Pli => "PLI",
            _ => "Ancien régime (HLM/O, PLA)",
        };
}
