/// The English titles of ``EnglishNameData``: `Title|gender|kind` lines (gender `m`, `f` or `-`;
/// kind `person`); lines starting with `#` are comments.
extension EnglishNameData {
    package static let titles = """
    # Honorifics
    Mr|m|person
    Mr.|m|person
    Mrs|f|person
    Mrs.|f|person
    Ms|f|person
    Ms.|f|person
    Miss|f|person
    Mx|-|person
    Dr|-|person
    Dr.|-|person
    Prof|-|person
    Prof.|-|person
    Professor|-|person
    Sir|m|person
    Dame|f|person
    Lord|m|person
    Lady|f|person
    Baroness|f|person
    Baron|m|person
    Rev|-|person
    Rev.|-|person
    Reverend|-|person
    Father|m|person
    Sister|f|person
    Rabbi|-|person
    Imam|m|person
    Cardinal|m|person
    Archbishop|-|person
    Bishop|-|person
    Pope|m|person
    Patriarch|m|person
    Ayatollah|m|person
    Sheikh|m|person
    Sheikha|f|person
    Emir|m|person
    Sultan|m|person
    Crown Prince|m|person
    Crown Princess|f|person
    King|m|person
    Queen|f|person
    Prince|m|person
    Princess|f|person
    Duke|m|person
    Duchess|f|person
    # Heads of state and government
    President|-|person
    Vice President|-|person
    Vice-President|-|person
    President-elect|-|person
    Prime Minister|-|person
    Deputy Prime Minister|-|person
    Premier|-|person
    Chancellor|-|person
    Vice Chancellor|-|person
    Chancellor of the Exchequer|-|person
    First Minister|-|person
    Taoiseach|-|person
    Tanaiste|-|person
    Governor|-|person
    Gov.|-|person
    Lt. Gov.|-|person
    Lieutenant Governor|-|person
    Mayor|-|person
    Deputy Mayor|-|person
    # Ministers and cabinet
    Minister|-|person
    Foreign Minister|-|person
    Defense Minister|-|person
    Defence Minister|-|person
    Interior Minister|-|person
    Home Secretary|-|person
    Foreign Secretary|-|person
    Defence Secretary|-|person
    Health Secretary|-|person
    Finance Minister|-|person
    Economy Minister|-|person
    Economic Minister|-|person
    Justice Minister|-|person
    Health Minister|-|person
    Energy Minister|-|person
    Trade Minister|-|person
    Education Minister|-|person
    Environment Minister|-|person
    Agriculture Minister|-|person
    Culture Minister|-|person
    Transport Minister|-|person
    Labour Minister|-|person
    Labor Minister|-|person
    Secretary|-|person
    Secretary of State|-|person
    Secretary of Defense|-|person
    Defense Secretary|-|person
    Treasury Secretary|-|person
    Attorney General|-|person
    Attorney-General|-|person
    Homeland Security Secretary|-|person
    Commerce Secretary|-|person
    Secretary-General|-|person
    Secretary General|-|person
    UN Secretary-General|-|person
    Deputy Foreign Minister|-|person
    Deputy Minister|-|person
    State Secretary|-|person
    Undersecretary|-|person
    Under Secretary|-|person
    Assistant Secretary|-|person
    National Security Adviser|-|person
    National Security Advisor|-|person
    Press Secretary|-|person
    White House Press Secretary|-|person
    Chief of Staff|-|person
    # Legislators
    Senator|-|person
    Sen.|-|person
    Representative|-|person
    Rep.|-|person
    Congressman|m|person
    Congresswoman|f|person
    Assemblyman|m|person
    Assemblywoman|f|person
    Councillor|-|person
    Councilor|-|person
    Councilman|m|person
    Councilwoman|f|person
    Speaker|-|person
    House Speaker|-|person
    Majority Leader|-|person
    Minority Leader|-|person
    Senate Majority Leader|-|person
    Senate Minority Leader|-|person
    Leader|-|person
    Opposition Leader|-|person
    MP|-|person
    MEP|-|person
    Commissioner|-|person
    High Representative|-|person
    # Diplomats, judges, officials
    Ambassador|-|person
    Amb.|-|person
    Envoy|-|person
    Special Envoy|-|person
    Consul|-|person
    Consul General|-|person
    Judge|-|person
    Justice|-|person
    Chief Justice|-|person
    Magistrate|-|person
    Prosecutor|-|person
    Chief Prosecutor|-|person
    District Attorney|-|person
    Spokesman|m|person
    Spokeswoman|f|person
    Spokesperson|-|person
    Chairman|m|person
    Chairwoman|f|person
    Chairperson|-|person
    Chair|-|person
    Director|-|person
    Director-General|-|person
    Director General|-|person
    Deputy Director|-|person
    Chief|-|person
    Police Chief|-|person
    Sheriff|-|person
    Inspector|-|person
    Detective|-|person
    Det.|-|person
    Officer|-|person
    # Business
    CEO|-|person
    Chief Executive|-|person
    Chief Executive Officer|-|person
    CFO|-|person
    COO|-|person
    Founder|-|person
    Co-founder|-|person
    # Military
    Gen.|-|person
    General|-|person
    Lt. Gen.|-|person
    Lieutenant General|-|person
    Maj. Gen.|-|person
    Major General|-|person
    Brig. Gen.|-|person
    Brigadier General|-|person
    Brigadier|-|person
    Field Marshal|-|person
    Marshal|-|person
    Col.|-|person
    Colonel|-|person
    Lt. Col.|-|person
    Lieutenant Colonel|-|person
    Maj.|-|person
    Major|-|person
    Capt.|-|person
    Captain|-|person
    Lt.|-|person
    Lieutenant|-|person
    Sgt.|-|person
    Sergeant|-|person
    Cpl.|-|person
    Corporal|-|person
    Pvt.|-|person
    Private|-|person
    Adm.|-|person
    Admiral|-|person
    Vice Adm.|-|person
    Vice Admiral|-|person
    Rear Adm.|-|person
    Rear Admiral|-|person
    Cmdr.|-|person
    Commander|-|person
    Commander-in-Chief|-|person
    Chief of General Staff|-|person
    # Local offices and roles written before a name
    Trustee|-|person
    Warden|-|person
    Reeve|-|person
    Alderman|m|person
    Alderwoman|f|person
    Superintendent|-|person
    Supt.|-|person
    Constable|-|person
    Chief Constable|-|person
    Coroner|-|person
    Principal|-|person
    Provost|-|person
    Treasurer|-|person
    Comptroller|-|person
    Auditor General|-|person
    Registrar|-|person
    Ombudsman|-|person
    Coach|-|person
    Pastor|-|person
    Vicar|-|person
    Deacon|-|person
    Grand Chief|-|person
    National Chief|-|person
    Delegate|-|person
    Assemblymember|-|person
    Selectman|m|person
    Commissioner|-|person
    Chief Economist|-|person
    Chief Operating Officer|-|person
    Chief Financial Officer|-|person
    Chief Medical Officer|-|person
    Chief Justice|-|person
    """
}
