namespace Pilotis.Data.Import;

/// <summary>
/// La passe unique d'un import en flux, commune aux imports de masse : chaque ligne est lue et vérifiée une fois, et
/// les lignes bonnes partent aussitôt vers l'écriture (COPY ou requêtes préparées) tant qu'aucune erreur n'a été vue ;
/// après la première erreur la lecture continue pour rapporter toutes les erreurs (numérotées), sans plus rien
/// écrire. À la fin, <see cref="Abandonner"/> dit à l'écriture d'annuler sa transaction (tout ou rien) : fichier
/// refusé, vide, une ligne fausse, ou une clé en double. Les doublons se cherchent sur une empreinte 64 bits de la clé
/// par ligne (8 octets × lignes) triée ; une empreinte répétée est vérifiée sur le texte par une relecture des seules
/// clés (une collision n'est pas un doublon). Mémoire constante hors ces empreintes.
/// </summary>
/// <typeparam name="T">L'objet écrit pour une ligne bonne.</typeparam>
public abstract class PasseImport<T>(int erreursListees)
    where T : class
{
    private readonly List<ulong> _cles = [];
    private bool? _abandon;

    public ErreursImport Erreurs { get; } = new(erreursListees);
    public List<string> Avertissements { get; } = [];
    public long Lignes { get; protected set; }

    /// <summary>L'erreur qui refuse tout le fichier (en-tête, encodage, séparateur).</summary>
    public ErreurLigne? Echec { get; protected set; }

    /// <summary>Les objets des lignes bonnes, tant qu'aucune erreur n'a été vue.</summary>
    public IEnumerable<T> Lire(CancellationToken ct)
    {
        foreach (var objet in LireLignes(ct))
            if (objet is not null && Erreurs.Nombre == 0)
                yield return objet;
    }

    /// <summary>Lit toutes les lignes : pour chacune l'objet (null si elle est fausse : ses erreurs sont dans
    /// <see cref="Erreurs"/>) ; appelle <see cref="RetenirCle"/> pour chaque clé lue.</summary>
    protected abstract IEnumerable<T?> LireLignes(CancellationToken ct);

    /// <summary>Relit le fichier : la clé de chaque ligne et son numéro (recherche des doublons exacts).</summary>
    protected abstract IEnumerable<(long Ligne, string Cle)> RelireCles();

    protected abstract string MessageDoublon(string cle, long premiere);

    protected void RetenirCle(string cle) => _cles.Add(CleImport.Hacher(cle));

    /// <summary>À appeler une fois la lecture finie : vrai si rien ne doit être écrit. Cherche alors les
    /// doublons.</summary>
    public bool Abandonner()
    {
        if (_abandon is bool deja)
            return deja;
        if (Echec is null && Lignes > 0)
        {
            var repetees = Repetees();
            if (repetees.Count > 0)
                ChercherDoublons(repetees);
        }
        _abandon = Echec is not null || Lignes == 0 || Erreurs.Nombre > 0;
        return _abandon.Value;
    }

    private HashSet<ulong> Repetees()
    {
        _cles.Sort();
        var repetees = new HashSet<ulong>();
        for (var i = 1; i < _cles.Count; i++)
            if (_cles[i] == _cles[i - 1])
                repetees.Add(_cles[i]);
        _cles.Clear();
        _cles.TrimExcess();
        return repetees;
    }

    private void ChercherDoublons(HashSet<ulong> repetees)
    {
        var premieres = new Dictionary<string, long>(StringComparer.Ordinal);
        var doublons = new List<ErreurLigne>();
        foreach (var (ligne, cle) in RelireCles())
        {
            if (!repetees.Contains(CleImport.Hacher(cle)))
                continue;
            if (premieres.TryGetValue(cle, out var premiere))
                doublons.Add(new ErreurLigne((int)ligne, MessageDoublon(cle, premiere)));
            else
                premieres[cle] = ligne;
        }
        foreach (var d in doublons)
            Erreurs.Ajouter(d.Ligne, d.Message);
        Erreurs.Liste.Sort((a, b) => a.Ligne.CompareTo(b.Ligne));
    }
}
