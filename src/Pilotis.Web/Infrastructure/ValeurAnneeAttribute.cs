using Pilotis.Domain.Commun;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Une propriété liée d'une page qui porte une année (filtre « ?annee= », champ « Année ») : <see
/// cref="FiltreValeursRefusees"/> refuse alors les lettres et les années hors bornes avec un message en français et
/// laisse la page afficher son année par défaut, au lieu de la remplacer en silence ou de répondre 404.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ValeurAnneeAttribute(
    int minimum = LectureValeurs.AnneeMinimum,
    int maximum = LectureValeurs.AnneeMaximum
) : Attribute
{
    public int Minimum { get; } = minimum;
    public int Maximum { get; } = maximum;
}
