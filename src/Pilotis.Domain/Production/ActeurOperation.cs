using System.Text;

namespace Pilotis.Domain.Production;

/// <summary>Qui peut déclencher une transition ; le site fait correspondre les comptes à ces acteurs.</summary>
public enum ActeurOperation
{
    /// <summary>Le bailleur maître d'ouvrage de l'opération.</summary>
    Bailleur = 0,

    /// <summary>Un agent instructeur de la DDT(M) ou du délégataire.</summary>
    Instructeur = 1,

    /// <summary>Le valideur (chef de service, administrateur de la DDT(M)) qui engage la décision.</summary>
    Valideur = 2,
}
