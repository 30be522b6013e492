/// Lexicons for recognising English-language speaker mentions.
/// `maleFirstNames` / `femaleFirstNames`: whitespace-separated given names.
/// `titles`: `Title|gender|kind` lines (gender `m`, `f` or `-`; kind `person`).
/// `speakerNouns`: `noun|kind|number` lines for lowercase head nouns (kind `organization`, `person` or `group`; number `s` or `p`).
/// Lines starting with `#` are comments.
package enum EnglishNameData {
    package static let maleFirstNames = """
    James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
    Anthony Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
    Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin
    Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
    Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean
    Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie
    Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Phillip Louis Harry
    Bill Bob Jim Jimmy Tom Tommy Mike Dave Steve Chris Matt Tony Rick Ricky Dan Danny Ben Sam Nick Tim
    Jon Ted Ed Eddie Rob Greg Jeff Pete Phil Doug Don Ron Joey Chuck Hank Andy Alex Max Leo Oliver
    Charlie Jake Luke Liam Owen Isaac Caleb Hunter Connor Evan Ian Cole Colin Neil Graham Hugh Rupert
    Nigel Gordon Malcolm Stuart Duncan Angus Alistair Boris Keir Rishi Gavin Ross Craig Barry Trevor
    Clive Geoffrey Martin Simon Dominic Oscar Theo Freddie Archie Alfie Rory Declan Niall Seamus Brendan
    Ciaran Enda Micheal Barack Mitch Marco Rand Newt Hakeem Bernie Mitt Al Dick Rex Antony Lloyd Jens
    Olaf Friedrich Markus Karl Heinz Hans Wolfgang Helmut Gerhard Cem Jürgen Horst Günter Dieter Klaus
    Uwe Stefan Matthias Sebastian Florian Tobias Lukas Felix Emmanuel Jean Pierre Jacques François
    Nicolas Édouard Michel Philippe Alain Bruno Gérald Laurent Olivier Thierry Didier Luc Marc Yves
    Xavier Sergei Sergey Vladimir Dmitry Dmitri Alexei Alexey Mikhail Ivan Nikolai Andrei Yevgeny Viktor
    Volodymyr Petro Oleksandr Dmytro Vitali Vitaly Arseniy Denys Yuri Yury Ramzan Nikol Ilham Serzh
    Levon Armen Ruben Tigran Ali Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Mahmoud Hassan Hussein
    Hosni Abdel Abdullah Abdul Omar Khalid Khaled Salman Faisal Tamim Hamad Recep Tayyip Mevlüt Hakan
    Kemal Bashar Hafez Ebrahim Javad Hossein Masoud Yair Naftali Yitzhak Ehud Ariel Shimon Benny Gideon
    Avigdor Itamar Bezalel Yasser Ismail Yahya Naim Nabih Najib Saad Rafik Walid Narendra Rahul Manmohan
    Amit Rajnath Shehbaz Imran Nawaz Asif Xi Li Wang Qin Deng Zhou Shinzo Fumio Yoshihide Shigeru Taro
    Yoon Kim Lee Pedro Pablo Santiago Mariano Luis Carlos Javier Miguel Fernando Jorge Alberto Andrés
    Manuel Jair Luiz Gustavo Nicolás Hugo Alejandro Enrique Felipe Sebastián Mauricio Evo Rafael Ricardo
    Francisco Antonio Giuseppe Giorgio Mario Matteo Silvio Sergio Enrico Paolo Roberto Luigi Giovanni
    Alessandro Andrzej Mateusz Jarosław Aleksander Milorad Aleksandar Edi Kyriakos Alexis Nikos Andreas
    Konstantinos Ulf Magnus Jonas Sauli Gitanas Egils Petr Andrej Zoran Milo Ilir Hashim Albin Igor
    Rumen Kiril Traian Nicușor Marcel Cyril Thabo Nelson Uhuru Yoweri Abiy Bola Muhammadu Goodluck
    Olusegun Nana Macky Bassirou Alassane Denis Félix Emmerson Hakainde Salva Riek Kais Moncef
    Abdelmadjid Hamid Ashraf Zalmai Ayman Osama Emile Anwar Mahathir Joko Prabowo Ferdinand Rodrigo
    Manet Jean-Luc Jean-Claude Jean-Yves Jean-Marie Jean-Pierre Frank-Walter Hans-Georg Karl-Heinz Josep
    António Marcelo Luís Péter Zsolt Ramón Mariusz Janusz Tadeusz Václav Miloš Ivo Lars Erik Anders
    Henrik Mads Rasmus Jukka Mikko Antti Geert Rutger Wopke Elon Warren Sundar Satya Jensen Lachlan
    Winston Bongbong Ahmet Sinan Reza Mojtaba Ruhollah Hamza Bilal Tariq Zaid Yusuf Youssef Karim Samir
    Nabil Fouad Habib Hichem Mustafa Murat Mehmet Emre Burak Ozan Dario Fabio Lorenzo Massimo Stefano
    Gianni Vittorio Maurizio Raúl Diego Ernesto Gonzalo Ignacio Joaquín Cristian Esteban Tomás Álvaro
    Oriol Carles Arnaud Benoît Bertrand Damien Éric Fabien Guillaume Hervé Jérôme Julien Mathieu Maxime
    Raphaël Rémi Stéphane Sylvain Yannick Armin Joachim Ole Sven Torsten Ralf Holger Björn Kai Moritz
    Leon Elias Bilawal
    """

    package static let femaleFirstNames = """
    Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
    Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca
    Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha
    Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie
    Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha
    Jacqueline Frances Gloria Ann Anne Teresa Kathryn Sara Janice Alice Madison Doris Abigail Julia Judy
    Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella
    Charlotte Rose Kayla Ava Mia Harper Ella Chloe Zoe Lily Lucy Ellie Amelia Isla Poppy Freya Sophie
    Holly Molly Daisy Phoebe Imogen Harriet Eleanor Florence Matilda Rosie Esther Naomi Leah Miriam
    Tamar Golda Tzipi Ayelet Hillary Kamala Condoleezza Madeleine Nikki Marjorie Alexandria Ilhan
    Rashida Ayanna Elise Liz Kyrsten Tammy Kirsten Patty Maxine Debbie Tulsi Gretchen Kathy Kristi Jill
    Melania Ivanka Karine Jen Dana Kristen Priti Suella Penny Kemi Yvette Nicola Arlene Annalena Ursula
    Kaja Mette Sanna Magdalena Jacinda Giorgia Marine Ségolène Élisabeth Valérie Rachida Nathalie Sylvie
    Brigitte Christiane Isabelle Hélène Aurore Agnès Marion Mathilde Camille Léa Manon Chloé Inès Claire
    Cécile Françoise Monique Martine Nadine Véronique Delphine Saskia Svenja Franziska Manuela Katarina
    Katrin Petra Sabine Claudia Birgit Heike Susanne Anja Lena Hanna Leonie Johanna Ricarda Sahra Malu
    Yulia Yuliya Iryna Olena Natalia Natalya Svetlana Tatiana Tatyana Valentina Olga Irina Elena
    Ekaterina Yekaterina Anastasia Marina Lyudmila Ludmila Galina Zarina Ksenia Xenia Maia Salome Lilit
    Mariam Gohar Zara Ayesha Aisha Fatima Leila Layla Zainab Maryam Amina Nadia Yasmin Samira Rania
    Hanan Huda Noura Malala Benazir Indira Sonia Priyanka Nirmala Sushma Smriti Mamata Mayawati Hasina
    Khaleda Yingluck Paetongtarn Yuko Yoko Sanae Kyoko Megawati Corazon Imelda Leni Dilma Cristina
    Xiomara Gabriela Luisa Carmen Isabel Ana Lucia Lucía Sofia Sofía Valeria Camila Daniela Paula Marta
    Beatriz Rosa Pilar Dolores Esperanza Yolanda Josefina Francesca Giulia Chiara Alessandra Elly Paola
    Federica Ellen Samia Ngozi Nkosazana Winnie Graça Wangari Sahle-Work Jane Jenny Jennie Kate Katie
    Becky Beth Meg Maggie Peggy Sally Sue Suzanne Susie Wendy Tracy Tracey Stacy Stacey Kristin Kristina
    Erin Erica Erika Jamie Tiffany Crystal Monica Veronica Vanessa Rita Gina Tina Dawn Joanne Jo Lynn
    Lynne Gail Paige Hailey Haley Brooke Morgan Taylor Madeline Audrey Clara Eva Ruby Stella Violet
    Hazel Aurora Nora Scarlett Penelope Aria Riley Maya Lillian Addison Natasha Tanya Sonya Vera Nina
    Alina Oksana Kateryna Viktoriya Daria Darya Polina Alla Inna Eliza Agnieszka Katarzyna Małgorzata
    Beata Ewa Joanna Zuzana Věra Jana Ivana Milica Dubravka Kolinda Dalia Ingrida Kersti Evika Vaira
    Tarja Erna Ingrid Astrid Karin Birgitta Ebba Sigrid Frida Helle Pia Lone Birthe Anneke Femke
    Margrethe Beatrix Máxima Letizia Camilla Meghan Roberta Marianne Simone Gisèle Jeanne Louise
    Juliette Pauline Clémence Amélie Laetitia Emmanuelle Ophélie Yael Shira Noa Michal Orit Hadas Hanin
    Reem Dina Lina Rima Sana Hiba Rasha Nour Amal Laila Soraya Shirin Farah Parisa Narges Mahsa Masih
    Azadeh Golnar Mehwish Ayşe Elif Zeynep Emine Meral Tansu Gül Akiko Aiko Mariko Haruka Yumi Keiko Mei
    Ling Ji-won Jin Thuy Linh Ngoc Siti Nurul Dewi Maria-Elena Wilma Kristalina Folake Funmilayo
    Chimamanda Wanjiru Njeri Achieng Zodwa Thandi Lindiwe Nomvula Naledi Priscilla Abena Ama Akosua
    Adjoa Fatou Aminata Mariama Awa Khadija Hawa Halima Zahra Nasrin Shabnam Roya Pooja Priya Anjali
    Sunita Anita Kavita Neha Deepika Aishwarya Shreya Lakshmi Radhika Meera Greta Carola Margot Hedwig
    Ilse Gerda Ute Gabi Gabriele Renate Monika Marlene Hildegard
    """

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
    President and CEO|-|person
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
    """

    package static let speakerNouns = """
    # Organizations (singular)
    ministry|organization|s
    department|organization|s
    agency|organization|s
    government|organization|s
    administration|organization|s
    office|organization|s
    committee|organization|s
    subcommittee|organization|s
    council|organization|s
    party|organization|s
    police|organization|p
    army|organization|s
    military|organization|s
    navy|organization|s
    air force|organization|s
    court|organization|s
    tribunal|organization|s
    commission|organization|s
    company|organization|s
    firm|organization|s
    corporation|organization|s
    group|organization|s
    bank|organization|s
    central bank|organization|s
    union|organization|s
    trade union|organization|s
    campaign|organization|s
    embassy|organization|s
    consulate|organization|s
    mission|organization|s
    delegation|organization|s
    cabinet|organization|s
    parliament|organization|s
    congress|organization|s
    senate|organization|s
    assembly|organization|s
    legislature|organization|s
    board|organization|s
    authority|organization|s
    regulator|organization|s
    watchdog|organization|s
    institute|organization|s
    university|organization|s
    college|organization|s
    school|organization|s
    hospital|organization|s
    foundation|organization|s
    charity|organization|s
    organization|organization|s
    organisation|organization|s
    association|organization|s
    federation|organization|s
    alliance|organization|s
    coalition|organization|s
    movement|organization|s
    network|organization|s
    church|organization|s
    federal government|organization|s
    regime|organization|s
    junta|organization|s
    presidency|organization|s
    secretariat|organization|s
    directorate|organization|s
    bureau|organization|s
    service|organization|s
    prosecutor's office|organization|s
    ministry of defense|organization|s
    ministry of defence|organization|s
    foreign ministry|organization|s
    defense ministry|organization|s
    defence ministry|organization|s
    interior ministry|organization|s
    health ministry|organization|s
    finance ministry|organization|s
    justice department|organization|s
    state department|organization|s
    newspaper|organization|s
    broadcaster|organization|s
    outlet|organization|s
    channel|organization|s
    station|organization|s
    magazine|organization|s
    think tank|organization|s
    club|organization|s
    team|organization|s
    league|organization|s
    municipality|organization|s
    city council|organization|s
    city hall|organization|s
    # Documents and texts that "say"
    statement|organization|s
    report|organization|s
    study|organization|s
    survey|organization|s
    poll|organization|s
    document|organization|s
    letter|organization|s
    memo|organization|s
    communique|organization|s
    communiqué|organization|s
    release|organization|s
    press release|organization|s
    declaration|organization|s
    resolution|organization|s
    indictment|organization|s
    complaint|organization|s
    lawsuit|organization|s
    filing|organization|s
    ruling|organization|s
    verdict|organization|s
    post|organization|s
    tweet|organization|s
    # Persons (singular)
    spokesman|person|s
    spokeswoman|person|s
    spokesperson|person|s
    official|person|s
    minister|person|s
    president|person|s
    vice president|person|s
    prime minister|person|s
    premier|person|s
    chancellor|person|s
    secretary|person|s
    senator|person|s
    congressman|person|s
    congresswoman|person|s
    lawmaker|person|s
    legislator|person|s
    deputy|person|s
    politician|person|s
    lawyer|person|s
    attorney|person|s
    barrister|person|s
    solicitor|person|s
    judge|person|s
    justice|person|s
    prosecutor|person|s
    defendant|person|s
    plaintiff|person|s
    analyst|person|s
    expert|person|s
    specialist|person|s
    witness|person|s
    source|person|s
    insider|person|s
    aide|person|s
    adviser|person|s
    advisor|person|s
    consultant|person|s
    economist|person|s
    researcher|person|s
    scientist|person|s
    historian|person|s
    scholar|person|s
    academic|person|s
    professor|person|s
    teacher|person|s
    student|person|s
    doctor|person|s
    physician|person|s
    nurse|person|s
    surgeon|person|s
    chief|person|s
    director|person|s
    manager|person|s
    head|person|s
    leader|person|s
    candidate|person|s
    nominee|person|s
    governor|person|s
    mayor|person|s
    executive|person|s
    chief executive|person|s
    chairman|person|s
    chairwoman|person|s
    chair|person|s
    founder|person|s
    co-founder|person|s
    owner|person|s
    investor|person|s
    banker|person|s
    trader|person|s
    strategist|person|s
    diplomat|person|s
    ambassador|person|s
    envoy|person|s
    negotiator|person|s
    mediator|person|s
    commander|person|s
    general|person|s
    officer|person|s
    soldier|person|s
    veteran|person|s
    activist|person|s
    campaigner|person|s
    organizer|person|s
    organiser|person|s
    protester|person|s
    demonstrator|person|s
    critic|person|s
    opponent|person|s
    supporter|person|s
    ally|person|s
    rival|person|s
    resident|person|s
    citizen|person|s
    voter|person|s
    villager|person|s
    farmer|person|s
    worker|person|s
    employee|person|s
    journalist|person|s
    reporter|person|s
    correspondent|person|s
    editor|person|s
    columnist|person|s
    commentator|person|s
    author|person|s
    writer|person|s
    blogger|person|s
    priest|person|s
    cleric|person|s
    bishop|person|s
    rabbi|person|s
    imam|person|s
    survivor|person|s
    victim|person|s
    refugee|person|s
    migrant|person|s
    patient|person|s
    investigator|person|s
    detective|person|s
    inspector|person|s
    engineer|person|s
    pilot|person|s
    coach|person|s
    player|person|s
    athlete|person|s
    actor|person|s
    actress|person|s
    singer|person|s
    artist|person|s
    woman|person|s
    man|person|s
    girl|person|s
    boy|person|s
    mother|person|s
    father|person|s
    parent|person|s
    son|person|s
    daughter|person|s
    wife|person|s
    husband|person|s
    sister|person|s
    brother|person|s
    widow|person|s
    friend|person|s
    neighbor|person|s
    neighbour|person|s
    colleague|person|s
    member|person|s
    representative|person|s
    delegate|person|s
    commissioner|person|s
    ombudsman|person|s
    sheriff|person|s
    police officer|person|s
    policeman|person|s
    firefighter|person|s
    paramedic|person|s
    # Groups (plural)
    officials|group|p
    peacekeepers|group|p
    troops|group|p
    forces|group|p
    residents|group|p
    experts|group|p
    analysts|group|p
    critics|group|p
    protesters|group|p
    protestors|group|p
    demonstrators|group|p
    lawmakers|group|p
    legislators|group|p
    senators|group|p
    deputies|group|p
    politicians|group|p
    democrats|group|p
    republicans|group|p
    conservatives|group|p
    liberals|group|p
    progressives|group|p
    socialists|group|p
    greens|group|p
    authorities|group|p
    activists|group|p
    campaigners|group|p
    witnesses|group|p
    sources|group|p
    insiders|group|p
    police officers|group|p
    policemen|group|p
    soldiers|group|p
    militants|group|p
    rebels|group|p
    insurgents|group|p
    separatists|group|p
    fighters|group|p
    scientists|group|p
    researchers|group|p
    scholars|group|p
    historians|group|p
    investigators|group|p
    prosecutors|group|p
    lawyers|group|p
    attorneys|group|p
    judges|group|p
    voters|group|p
    supporters|group|p
    opponents|group|p
    leaders|group|p
    diplomats|group|p
    negotiators|group|p
    economists|group|p
    doctors|group|p
    physicians|group|p
    nurses|group|p
    teachers|group|p
    students|group|p
    parents|group|p
    families|group|p
    relatives|group|p
    survivors|group|p
    victims|group|p
    refugees|group|p
    migrants|group|p
    farmers|group|p
    workers|group|p
    employees|group|p
    unions|group|p
    journalists|group|p
    reporters|group|p
    observers|group|p
    monitors|group|p
    inspectors|group|p
    ministers|group|p
    aides|group|p
    advisers|group|p
    advisors|group|p
    executives|group|p
    investors|group|p
    traders|group|p
    bankers|group|p
    members|group|p
    organizers|group|p
    organisers|group|p
    citizens|group|p
    villagers|group|p
    locals|group|p
    people|group|p
    users|group|p
    medics|group|p
    rescuers|group|p
    firefighters|group|p
    emergency services|group|p
    health officials|group|p
    government officials|group|p
    u.s. officials|group|p
    western officials|group|p
    military officials|group|p
    security officials|group|p
    intelligence officials|group|p
    election officials|group|p
    local officials|group|p
    senior officials|group|p
    """
}
