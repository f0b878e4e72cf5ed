namespace Pilotis.Domain.Attribution;

/// <summary>
/// Le solde courant de l'année : nombre de logements du flux déjà orientés, et pour chaque titulaire (réservataire, ou
/// 0 pour le bailleur) le nombre de logements orientés, par classe de typologie.
/// </summary>
public sealed class EtatOrientation
{
    private readonly Dictionary<int, int[]> _orientes = [];

    /// <summary>Logements du flux de l'année déjà orientés (assiette des droits).</summary>
    public int LogementsDuFlux { get; private set; }

    /// <summary>La clé d'un titulaire : l'identifiant du réservataire, 0 pour le bailleur.</summary>
    public static int Cle(int? reservataireId) => reservataireId ?? 0;

    public int Orientes(int? reservataireId) =>
        _orientes.TryGetValue(Cle(reservataireId), out var t) ? t[0] + t[1] + t[2] : 0;

    public int Orientes(int? reservataireId, ClasseTypologie classe) =>
        _orientes.TryGetValue(Cle(reservataireId), out var t) ? t[(int)classe] : 0;

    /// <summary>Un logement du flux orienté vers ce titulaire.</summary>
    public void Enregistrer(int? reservataireId, ClasseTypologie classe)
    {
        if (!_orientes.TryGetValue(Cle(reservataireId), out var t))
            _orientes[Cle(reservataireId)] = t = new int[3];
        t[(int)classe]++;
        LogementsDuFlux++;
    }
}
