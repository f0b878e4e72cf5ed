namespace Pilotis.Data.Import;

/// <summary>Les erreurs d'un import, comptées toutes, listées jusqu'à un plafond (les premières du
/// fichier).</summary>
public sealed class ErreursImport(int plafond)
{
    public List<ErreurLigne> Liste { get; } = [];
    public long Nombre { get; private set; }

    public void Ajouter(long ligne, string message)
    {
        Nombre++;
        if (Liste.Count < plafond)
            Liste.Add(new ErreurLigne((int)ligne, message));
    }
}
