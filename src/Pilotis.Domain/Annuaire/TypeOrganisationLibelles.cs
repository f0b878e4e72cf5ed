namespace Pilotis.Domain.Annuaire;

public static class TypeOrganisationLibelles
{
    public static string Libelle(this TypeOrganisation type) =>
        type switch
        {
            TypeOrganisation.Ddtm => "État — DDT(M)",
            TypeOrganisation.Dreal => "État — DREAL",
            TypeOrganisation.Epci => "Intercommunalité (EPCI)",
            TypeOrganisation.Commune => "Commune",
            TypeOrganisation.Bailleur => "Bailleur social",
            TypeOrganisation.Reservataire => "Réservataire",
            TypeOrganisation.Financeur => "Financeur",
            TypeOrganisation.OperateurFoncier => "Opérateur foncier",
            _ => type.ToString(),
        };
}
