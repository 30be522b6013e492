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
    Per Henrik Mads Rasmus Jukka Mikko Antti Geert Rutger Wopke Elon Warren Sundar Satya Jensen Lachlan
    Winston Bongbong Ahmet Sinan Reza Mojtaba Ruhollah Hamza Bilal Tariq Zaid Yusuf Youssef Karim Samir
    Nabil Fouad Habib Hichem Mustafa Murat Mehmet Emre Burak Ozan Dario Fabio Lorenzo Massimo Stefano
    Gianni Vittorio Maurizio Raúl Diego Ernesto Gonzalo Ignacio Joaquín Cristian Esteban Tomás Álvaro
    Oriol Carles Arnaud Benoît Bertrand Damien Éric Fabien Guillaume Hervé Jérôme Julien Mathieu Maxime
    Raphaël Rémi Stéphane Sylvain Yannick Armin Joachim Ole Sven Torsten Ralf Holger Björn Kai Moritz
    Leon Elias Bilawal
    Abe Abraham Adrian Aidan Aiden Alec Alfred Allan Allen Alvin Ambrose Amos Andre Angelo Anton
    Archibald Arnold Arne Arturo Ashton Axel Barney Bart Basil Bernard Bert Blake Bo Boyd
    Brad Brady Brent Brett Brock Bryce Byron Calvin Cameron Casey Cecil Cedric Chad
    Clarence Clark Claude Clayton Clifford Clint Clyde Cody Colm
    Conor Conrad Corey Cory Curt Curtis Damian Damon Dane Darius Darnell Darren Darryl
    Dashiell Delbert Derek Derrick Desmond Devin Devon Dev Dewey Dexter Dirk Dolph Dominick Donnie
    Dougie Drew Duane Dustin Dwayne Dwight Earl Eddy Edgar Edmund Edwin Eli Elliot Elliott Elmer Emil
    Emmett Ernest Ernie Errol Everett Ezra Fergus Finn Floyd Francis Franklin
    Fred Freddy Frederick Gareth Garrett Gene Geoff Gerard Gerry Gilbert Glenn Godfrey Gordie
    Grady Gregor Gus Hal Hamish Harlan Harvey Hector Herbert Herman Horace
    Howard Hubert Humphrey Iain Ike Ira Irving Isaiah Ivor Jamal Jared Jarvis Jasper Javon Jay Jed
    Jerome Jock Joel Johnny Jonah Jude Jules Julian Julius Kareem Keegan Ken Kenny
    Kermit Kieran Kirk Kurt Lance Lenny Leonard Leroy Les Lester Levi Lionel
    Lonnie Lorne Lou Lucas Lyle Malik Marcus Marlon Marty Marv Marvin Maurice Mel
    Melvin Merle Micah Mitchell Monty Morris Myron Nathaniel Ned Neville Nolan Norm
    Norman Odell Orlando Orville Oswald Otis Otto Percy Perry Pierce Quentin Quincy
    Randall Ray Reggie Reginald Rene Reuben Rhys Rodney Roland Rolf Ronnie Roscoe Rowan Rudy
    Rufus Russ Sal Sammy Saul Seth Shane Shaun Shawn Sheldon Sid Sidney Silas Solomon
    Stan Stu Sylvester Tad Terence Terrence Thaddeus Theodore Thor Toby Todd
    Travis Trent Trey Tristan Troy Tyrone Ulysses Vance Vaughn Vern Vernon Vic Victor Virgil
    Waldo Wallace Walt Wendell Wesley Wilbur Wilfred Willard Wyatt Zach Zack Zane Zeke
    Aled Alun Bryn Cai Dafydd Dai Emrys Gethin Gwilym Huw Iestyn Ieuan Ifan Iwan Llew Rhodri Aodh
    Cathal Donal Donnacha Eamon Eamonn Fiachra Lorcan Oisin Padraig Ronan Ruairi Seán Tadhg Cillian
    Eoin Diarmuid Fionn Fergal Darragh Cormac Conall Dermot Ajay Akash Amar Anand Anil Arjun Arun Ashok
    Deepak Dinesh Gaurav Harish Jagdish Karan Krishna Kumar Manish Manoj Mohan Mukesh Naveen Nikhil
    Nitin Pankaj Pradeep Prakash Rajesh Rakesh Ramesh Ravi Rohit Sachin Sanjay Santosh Sandeep Sanjeev
    Siddharth Sunil Suresh Vijay Vikram Vinod Vivek Yogesh Arvind Piyush Jaishankar Hardeep Jagmeet
    Navdeep Gurpreet Harjit Hiroshi Kenji Takeshi Haruki Hideki Hiroki Kazuo Koji Makoto Masahiro Naoki
    Ryo Satoshi Shinji Shota Takashi Tetsuya Yuki Yusuke Akira Daisuke Ichiro Kenta Kota Sho Toshiro
    Yoshiro Jun Min-jun Seo-jun Ji-ho Joon Jae-in Sung Hyun Dong-hyun Kwang Chang Wei Ming Jian Hao Lei
    Feng Tao Yong Qiang Gang Hui Yi Adebayo Chidi Chinedu Emeka Femi Kofi Kwame Kwabena Oluwaseun Segun
    Tunde Obinna Jomo Kipchoge Tendai Themba Sipho Musa Bongani Jabulani Kagiso Lerato Yaw Kojo Ade
    Babajide Abdi Abdirahman Amir Anas Ayoub Bassam Faris Fadi Ghassan Hadi Hamdi Hani Issa Jihad Kamal
    Majid Marwan Mazen Nasser Nizar Rami Riad Saeed Salah Sami Tarek Wael Waleed Yasin Ziad Andres
    Benito Cesar Emilio Fausto Hernan Humberto Jesus Julio Leonardo Marcos Mateo Octavio Ramiro Rodolfo
    Salvador Tomas Vicente Pavel Jiri Vojtech Marek Piotr Pawel Krzysztof Tomasz Grzegorz Wojciech
    Dmitrii Oleg Roman Anatoly Gennady Konstantin Leonid Maxim Pyotr Stanislav Timur Vadim Vasily
    Vyacheslav Yaroslav Taras Bohdan Mykola Serhiy Vasyl Andriy Oleksiy Ruslan Rustam Arvid Bjorn Einar
    Erling Gunnar Halvard Ingvar Jarle Knut Leif Nils Sigurd Stig Terje Torbjorn Trond
    Johan Mattias Pekka Timo Juha Matti Jussi Ville Hendrik Jeroen Joost Maarten Pieter Sander Thijs
    Wouter Bram Niels Koen
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
    Abby Ada Adele Adeline Adrienne Agatha Agnes Aileen Aisling Alana Alexa Alicia Alison Allison Alma
    Althea Alyssa Amara Amelie Angelica Angie Annabel Annabelle Annette Annie Audra Bea Beatrice
    Belinda Bella Bernadette Bernice Bertha Bethany Betsy Beverley Bianca Billie Blanche Bonnie
    Bridget Bridgette Brianna Bridie Caitlin Callie Candace Cara Carla Carly Carmel Carole Caroline
    Carrie Cassandra Cassie Cathy Cecilia Celeste Celia Charlene Chrissy Christy Ciara
    Cindy Claudette Clementine Colleen Connie Cora Corinne Courtney Daphne Darcy Darlene
    Davina Deanna Debora Delia Della Delores Dena Desiree Dianne Dionne Dixie Dominique Dora Doreen
    Edith Edna Effie Eileen Elaine Eloise Elsa Elsie Elspeth Eluned Emilia Enid Erma Estelle Ethel
    Eugenie Eunice Eve Evie Felicity Fiona Flora Fran Francine Frankie Freda Gabrielle
    Gaynor Gemma Georgina Geraldine Gertrude Gillian Ginny Gladys Glenda Glenys Glynis
    Gretel Gwen Gwendolyn Gwyneth Halla Hattie Heidi Helga Henrietta Hermione Hilary Hilda Ida Ines
    Iona Irene Isobel Jackie Jacqui Jade Janelle Janine Jasmine Jeanette Jenna Jess Jessie
    Jillian Jodie Jody Josephine Josie Juanita Judi Julianne Juliet Justine Kara Karla
    Kayleigh Keira Kelsey Kimberley Kira Kirsty Kristy Lacey Lana Laurie Laverne Leanne Leigh Lesley
    Leticia Libby Lila Lilly Linnea Lois Lola Lorena Loretta Lori Lorna Lorraine Louisa Lucille Lucinda
    Lydia Lynda Mabel Mackenzie Madge Maeve Mairead Mairi Mamie Mandy Marcia Marcy Margo
    Marguerite Mariah Maribel Marisa Marissa Marla Marsha Maud Maude Maureen Mavis Melanie Melinda
    Meredith Michaela Mildred Millie Mindy Minnie Miranda Moira Mona Morag Muriel Myra Myrtle
    Nell Nellie Niamh Noelle Noreen Norma Octavia Odette Olive Oona Orla Pam Patsy Philippa
    Phyllis Pippa Polly Queenie Rachael Ramona Rebekah Renee Rhian Rhiannon Rhoda
    Rhonda Robyn Rochelle Rosalind Rosalie Rosemary Rowena Roxanne Ruthie Sadie Sabrina Saoirse
    Selena Selma Serena Shannon Sheila Shelley Sheryl Shona Sian Sienna Sinead Siobhan Sonja Susanna
    Susannah Suzy Sybil Sylvia Tabitha Tamara Tamsin Tania Tara Tasha Tess Tessa Thelma Thea Tilly Toni
    Tonya Trudy Valerie Vicky Viola Vivian Vivienne Wanda Winifred Yasmine Yvonne Zelda Zoey
    Zuzanna Aoife Caoimhe Clodagh Deirdre Eimear Grainne Orlaith Roisin Sadhbh Una Aine Fionnuala Nuala
    Bronwen Cerys Ffion Gwenllian Lowri Nia Seren Carys Angharad Sioned Eirlys Catrin Aarti Deepa Divya
    Geeta Meena Preeti Radha Rekha Ritu Sangeeta Seema Sita Usha Vandana Asha Chitra Jyoti Nisha
    Pallavi Ayumi Emi Hana Kumiko Megumi Miki Noriko Reiko Sakura Tomoko Ji-woo Seo-yeon Min-ji
    Soo-jin Eun-ji Hye-jin Xiu Yan Fang Jing Adaeze Adwoa Chiamaka Chioma Efua Ifeoma Nkechi
    Nneka Thandiwe Zanele Busisiwe Wambui Aaliyah Ghada Hala Jamila Lubna Maha Manal Rana Rim Salma
    Soha Suha Yara Zeina Hadeel Adriana Alba Catalina Consuelo Guadalupe Inmaculada Lourdes Luz
    Montserrat Nuria Rocio Soledad Ximena Dagny Freja Gudrun Hedda Ingeborg Liv Maja Randi Signe
    Solveig Tove Tuva Katja Annika Anneli Elina Kaisa Minna Riikka Satu Tiina Aino Eeva Anouk Lotte
    Marloes Mirjam Noor Sanne Annemiek
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
    city|organization|s
    town|organization|s
    county|organization|s
    province|organization|s
    city hall|organization|s
    insurer|organization|s
    carmaker|organization|s
    automaker|organization|s
    manufacturer|organization|s
    retailer|organization|s
    lender|organization|s
    airline|organization|s
    carrier|organization|s
    operator|organization|s
    supplier|organization|s
    publisher|organization|s
    utility|organization|s
    conglomerate|organization|s
    startup|organization|s
    business|organization|s
    trust|organization|s
    panel|organization|s
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
    rep|person|s
    host|person|s
    guest|person|s
    producer|person|s
    fighter|person|s
    # Groups (plural)
    officials|group|p
    peacekeepers|group|p
    troops|group|p
    forces|group|p
    residents|group|p
    staff|group|p
    crews|group|p
    crew|group|s
    forecasters|group|p
    neighbours|group|p
    neighbors|group|p
    volunteers|group|p
    officers|group|p
    paramedics|group|p
    fans|group|p
    shoppers|group|p
    passengers|group|p
    tenants|group|p
    landlords|group|p
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
    others|group|p
    """
}
