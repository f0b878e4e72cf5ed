namespace Pilotis.Data.Journal;

public sealed class AuteurSysteme(string nom) : IAuteurCourant
{
    public string? UtilisateurId => null;
    public string Nom { get; } = nom;
    public int? OrganisationId => null;
}
