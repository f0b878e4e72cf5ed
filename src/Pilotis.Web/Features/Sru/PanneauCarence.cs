using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// La procédure de carence affichée pour une commune : la plus récente en base, ou une procédure à ouvrir pour la
/// dernière période triennale close quand la précédente est terminée (écartée, levée) ou qu'il n'y en a pas.
/// Les formulaires proposés sont exactement <see cref="ProcedureCarence.TransitionsPossibles"/> (CCH L302-9-1).
/// </summary>
/// <param name="Code">Commune.</param>
/// <param name="Entite">La procédure en base ; null quand il s'agit d'en ouvrir une.</param>
/// <param name="Procedure">Son image dans le domaine.</param>
/// <param name="Precedentes">Procédures plus anciennes (historique).</param>
/// <param name="PeutInstruire">L'acteur est la DDTM du département : il voit les formulaires.</param>
/// <param name="Aujourdhui">Date proposée par défaut dans les formulaires.</param>
public sealed record PanneauCarence(
    string Code,
    ProcedureCarenceSru? Entite,
    ProcedureCarence Procedure,
    IReadOnlyList<ProcedureCarenceSru> Precedentes,
    bool PeutInstruire,
    DateOnly Aujourdhui
)
{
    public bool Nouvelle => Entite is null;

    public IReadOnlyList<TransitionCarence> Transitions => Procedure.TransitionsPossibles();

    /// <summary>
    /// Une procédure est terminée quand plus rien ne peut la faire avancer, ou qu'elle est écartée ou levée.
    /// </summary>
    public static bool Terminee(EtatCarence etat) => etat is EtatCarence.Ecartee or EtatCarence.Levee;

    public static async Task<PanneauCarence> ChargerAsync(
        RequetesSru requetes,
        string code,
        bool peutInstruire,
        DateOnly aujourdhui,
        bool suivi,
        CancellationToken ct
    )
    {
        var procedures = await requetes.ProceduresCarenceAsync(code, suivi, ct);
        var close = ParametresSru.DerniereClose(aujourdhui);
        var derniere = procedures.FirstOrDefault();
        if (derniere is null || (Terminee(derniere.Etat) && derniere.DebutPeriode.Year < close.Debut))
        {
            var nouvelle = new ProcedureCarence(code, close.PremierJour, close.DernierJour);
            return new PanneauCarence(code, null, nouvelle, procedures, peutInstruire, aujourdhui);
        }
        return new PanneauCarence(
            code,
            derniere,
            derniere.VersDomaine(),
            procedures.Skip(1).ToList(),
            peutInstruire,
            aujourdhui
        );
    }
}
