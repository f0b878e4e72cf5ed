namespace Pilotis.Domain.Production.Lissage;

public sealed record PrevisionFinAnnee(
    int DejaAgrees,
    int AttendusProbables,
    int AttendusIncertains,
    IReadOnlyList<int> ParMoisRestant
)
{
    /// <summary>Déjà agréés + attendus dont le risque n'est pas élevé.</summary>
    public int Prevision => DejaAgrees + AttendusProbables;
}
