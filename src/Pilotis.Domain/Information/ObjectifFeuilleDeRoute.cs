namespace Pilotis.Domain.Information;

/// <summary>
/// La cible fixée par la DDTM pour un indicateur de la feuille de route, une année, dans son département. Une seule
/// cible par (département, année, indicateur) : la modifier remplace la valeur, le journal garde l'ancienne.
/// </summary>
public sealed class ObjectifFeuilleDeRoute
{
    public int Id { get; set; }
    public required string DepartementCode { get; set; }
    public int Annee { get; set; }
    public required string CodeIndicateur { get; set; }
    public decimal Cible { get; set; }
    public required string ModifiePar { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
