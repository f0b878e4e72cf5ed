namespace Pilotis.Domain.Production;

public static class LibellesFinancement
{
    public static string Libelle(this TypeFinancement type) =>
        type switch
        {
            TypeFinancement.SubventionEtat => "Subvention de l'État",
            TypeFinancement.SubventionEpci => "Subvention de l'EPCI",
            TypeFinancement.SubventionDepartement => "Subvention du département",
            TypeFinancement.SubventionRegion => "Subvention de la région",
            TypeFinancement.SubventionCommune => "Subvention de la commune",
            TypeFinancement.ActionLogement => "Action Logement",
            TypeFinancement.PretCdcPlai => "Prêt CDC PLAI",
            TypeFinancement.PretCdcPlus => "Prêt CDC PLUS",
            TypeFinancement.PretCdcPls => "Prêt CDC PLS",
            TypeFinancement.PretCdcFoncier => "Prêt foncier CDC",
            TypeFinancement.AutrePret => "Autre prêt",
            TypeFinancement.FondsPropres => "Fonds propres du bailleur",
            _ => "Autre financement",
        };

    public static bool EstSubvention(this TypeFinancement type) => type <= TypeFinancement.SubventionCommune;
}
